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

  it("refuses a literal id that is not an id of its node's label, naming the prefix", () => {
    expect(problems("MERGE (c:City {id: 'state:hanoi'}) SET c.name = 'Hanoi'")).toEqual([
      'Id "state:hanoi" of a City must start with "city:", the prefix of City ids in src/model/graph-model.ts',
    ]);
    expect(
      problems('MATCH (a:City {id: \'city:x\'}), (b:MemberState {id : "city:y"}) MERGE (a)-[:LOCATED_IN]->(b)'),
    ).toEqual([
      'Id "city:y" of a MemberState must start with "state:", the prefix of MemberState ids in src/model/graph-model.ts',
    ]);
    expect(problems("MERGE (c:City {id: 'City Of Hanoi'})")[0]).toMatch(
      /^Id "City Of Hanoi" of a City is not an id: write "city:<slug>"/,
    );
    // Ids from parameters or variables are the engine's to check.
    expect(problems('UNWIND $rows AS row MERGE (c:City {id: row.id})')).toEqual([]);
  });

  it('ignores look-alikes inside strings and comments', () => {
    expect(
      problems(`// (x:Town) and c.population = 1
        MERGE (c:City {id: 'city:x'}) SET c.note = '(t:Town) c.population = 2'`),
    ).toEqual([]);
    expect(problems('MATCH (c:City) WHERE c.population == 1 RETURN c.id AS id')).toEqual([]);
  });
});
