import { allScans, scansOf } from '../../src/db/kuzu/kuzu-changes';
import type { SnapshotScan } from '../../src/db/kuzu/kuzu-changes';
import { GRAPH_MODEL } from '../../src/model';

/** What a list of scans covers, as `City` and `SERVES Officer>City`. */
const covered = (scans: readonly SnapshotScan[]): string[] =>
  scans.map((scan) => (scan.kind === 'node' ? scan.label : `${scan.type} ${scan.from}>${scan.to}`)).sort();

const pairsOf = (type: string): string[] =>
  (GRAPH_MODEL.relationships[type]?.endpoints ?? []).map(([from, to]) => `${type} ${from}>${to}`);

describe('the tables a seed batch can change (kuzu-changes scansOf)', () => {
  it('are the labels and types its statements name, every endpoint pair of a named type', () => {
    const scans = scansOf([
      "MERGE (o:Officer {id: 'officer:x'}) SET o.name = 'X', o.note = 'a MemberState in a string is not a table'",
      "MATCH (a:Officer {id: 'officer:x'}), (b:City {id: 'city:y'}) MERGE (a)-[r:SERVES]->(b) SET r.position = 1",
      '// a comment naming Summit names no table either',
    ]);
    expect(covered(scans)).toEqual(['City', 'Officer', ...pairsOf('SERVES')].sort());
  });

  it('are every table when a statement can reach a label or type it does not name', () => {
    const whole = covered(allScans());
    expect(whole.length).toBe(
      Object.keys(GRAPH_MODEL.nodes).length +
        Object.values(GRAPH_MODEL.relationships).reduce((n, spec) => n + spec.endpoints.length, 0),
    );
    for (const statement of [
      "MATCH (n {id: 'city:x'}) SET n.name = 'label-less'",
      "MATCH (c:City {id: 'city:x'}) MATCH (c)-[r]->(s:MemberState) SET r.note = 'untyped'",
      "MATCH (c:City {id: 'city:x'})-->(m) SET m.note = 'arrow without brackets'",
      "MATCH (c:City {id: 'city:x'})<--(m:MemberState) SET m.note = 'incoming arrow'",
      "MATCH (c:City {id: 'city:x'})-[:LOCATED_IN*1..2]->(m:MemberState) SET m.note = 'variable length'",
      "MATCH (c:City {id: 'city:x'}) DETACH DELETE c",
      "MATCH (c:City {id: 'city:x'}) WITH c AS d MATCH (d)-[:LOCATED_IN]->(m:MemberState) SET d.note = 'renamed'",
      'CALL some_procedure() RETURN 1 AS one',
    ]) {
      expect({ statement, scans: covered(scansOf(["MERGE (c:City {id: 'city:a'})", statement])) }).toEqual({
        statement,
        scans: whole,
      });
    }
  });

  it('stay narrow for function calls, bound variables and typed incoming patterns', () => {
    const scans = scansOf([
      "MATCH (s:MemberState {id: 'state:x'})<-[r:LOCATED_IN]-(c:City) SET c.name = toUpper(c.name), r.sources = coalesce(r.sources, [])",
    ]);
    expect(covered(scans)).toEqual(['City', 'MemberState', ...pairsOf('LOCATED_IN')].sort());
  });
});
