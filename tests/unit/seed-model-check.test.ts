import { splitStatements } from '../../src/db';
import { checkAgainstModel } from '../../src/seed/model-check';

const problems = (script: string): string[] => checkAgainstModel(splitStatements(script)).map((p) => p.message);

describe('seed statements checked against the graph model', () => {
  it('accepts the two seed forms with model properties', () => {
    expect(
      problems(`MERGE (c:City {id: 'city:x'}) SET c.name = 'X', c.pilot = true, c.sources = ['s'];
        MATCH (a:City {id: 'city:x'}), (b:MemberState {id: 'state:y'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['s']`),
    ).toEqual([]);
  });

  it('names an unknown label, relationship type or property and points to the model', () => {
    expect(problems("MERGE (t:Town {id: 'town:x'})")).toEqual([
      'Unknown label Town: add it to the graph model in src/model/graph-model.ts',
    ]);
    expect(problems('MATCH (a:City), (b:City) MERGE (a)-[r:TWINNED_WITH]->(b)')[0]).toMatch(
      /relationship type TWINNED_WITH/,
    );
    expect(problems("MERGE (c:City {id: 'city:x'}) SET c.population = 5")[0]).toMatch(/property population on City/);
    expect(problems("MATCH (a:City), (b:MemberState) MERGE (a)-[r:LOCATED_IN]->(b) SET r.since = '2018'")[0]).toMatch(
      /property since on LOCATED_IN/,
    );
  });

  it('ignores look-alikes inside strings and comments', () => {
    expect(
      problems(`// (x:Town) and c.population = 1
        MERGE (c:City {id: 'city:x'}) SET c.note = '(t:Town) c.population = 2'`),
    ).toEqual([]);
    expect(problems('MATCH (c:City) WHERE c.population == 1 RETURN c.id AS id')).toEqual([]);
  });
});
