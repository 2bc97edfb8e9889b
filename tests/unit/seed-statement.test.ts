import { parseSeedStatement } from '../../src/seed';

describe('parseSeedStatement', () => {
  it('reads a node MERGE and every literal of its SET clause', () => {
    const text = [
      "MERGE (c:City {id: 'city:hanoi'})",
      '// kept out of the parse: c.population = 1',
      "SET c.name = 'Ha Noi \\'capital\\', a city',",
      "    c.aliases = ['Ha Noi', 'Thang Long'],",
      '    c.pilot = true, c.coastal = false,',
      '    c.rank = -3, c.area = 3358.6',
    ].join('\n');
    expect(parseSeedStatement(text)).toEqual({
      kind: 'node',
      variable: 'c',
      label: 'City',
      id: 'city:hanoi',
      set: {
        assignments: [
          { variable: 'c', property: 'name', raw: "'Ha Noi \\'capital\\', a city'" },
          { variable: 'c', property: 'aliases', raw: "['Ha Noi', 'Thang Long']" },
          { variable: 'c', property: 'pilot', raw: 'true' },
          { variable: 'c', property: 'coastal', raw: 'false' },
          { variable: 'c', property: 'rank', raw: '-3' },
          { variable: 'c', property: 'area', raw: '3358.6' },
        ],
      },
    });
  });

  it('tells a node without a SET clause from one whose SET clause cannot be read to the end', () => {
    expect(parseSeedStatement("MERGE (c:City {id: 'city:x'})")).toEqual({
      kind: 'node',
      variable: 'c',
      label: 'City',
      id: 'city:x',
    });
    expect(
      parseSeedStatement("MERGE (c:City {id: 'city:x'}) SET c.name = 'X', c.note = $note, c.pilot = true"),
    ).toEqual({
      kind: 'node',
      variable: 'c',
      label: 'City',
      id: 'city:x',
      set: { assignments: [{ variable: 'c', property: 'name', raw: "'X'" }], unread: 'c.note = $note, c.pilot = true' },
    });
  });

  it('reads a relationship MATCH … MERGE with its direction and SET clause', () => {
    const officer = { variable: 'a', label: 'Officer', id: 'officer:x' };
    const city = { variable: 'b', label: 'City', id: 'city:y' };
    expect(
      parseSeedStatement(
        "MATCH (a:Officer {id: 'officer:x'}), (b:City {id: 'city:y'}) MERGE (a)-[r:SERVES]->(b)\nSET r.position = 1, r.sources = ['source:s']",
      ),
    ).toEqual({
      kind: 'relationship',
      matched: [officer, city],
      from: officer,
      to: city,
      type: 'SERVES',
      variable: 'r',
      set: {
        assignments: [
          { variable: 'r', property: 'position', raw: '1' },
          { variable: 'r', property: 'sources', raw: "['source:s']" },
        ],
      },
    });
    // The MATCH order need not be the direction.
    expect(
      parseSeedStatement("MATCH (b:City {id: 'city:y'}), (a:Officer {id: 'officer:x'}) MERGE (a)-[r:SERVES]->(b)"),
    ).toMatchObject({ kind: 'relationship', matched: [city, officer], from: officer, to: city });
  });

  it.each([
    ['a MATCH that merges nothing', "MATCH (c:City {id: 'city:x'}) SET c.name = 'X'"],
    ['a node matched by something other than its id', "MERGE (c:City {name: 'X'}) SET c.id = 'city:x'"],
    ['another clause after the node', "MERGE (c:City {id: 'city:x'}) ON CREATE SET c.name = 'X'"],
    ['a SET with nothing after it', "MERGE (c:City {id: 'city:x'}) SET"],
    ['other spacing than the seed form', "MERGE (c:City{id:'city:x'}) SET c.name = 'X'"],
    ['an unclosed node pattern', "MERGE (c:City {id: 'city:x'} SET c.name = 'X'"],
    ['an unterminated id', "MERGE (c:City {id: 'city:x}) SET c.name = 'X'"],
    [
      'a relationship end that was not matched',
      "MATCH (a:City {id: 'city:a'}), (b:City {id: 'city:b'}) MERGE (a)-[r:T]->(z)",
    ],
    [
      'a relationship from a node to itself',
      "MATCH (a:City {id: 'city:a'}), (b:City {id: 'city:b'}) MERGE (a)-[r:T]->(a)",
    ],
    ['one variable matched twice', "MATCH (a:City {id: 'city:a'}), (a:City {id: 'city:b'}) MERGE (a)-[r:T]->(a)"],
    ['a relationship without a variable', "MATCH (a:City {id: 'city:a'}), (b:City {id: 'city:b'}) MERGE (a)-[:T]->(b)"],
    ['a query', 'MATCH (c:City) RETURN c.id AS id'],
  ])('leaves %s as other', (_, text) => {
    expect(parseSeedStatement(text)).toEqual({ kind: 'other', text });
  });
});
