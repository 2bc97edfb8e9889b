import { firstLine, parameterNames, splitStatements } from '../../src/db/cypher-text';

/** The statement texts of a script. */
const texts = (script: string): string[] => splitStatements(script).map((s) => s.text);

describe('splitStatements', () => {
  it('splits at ; and trims each statement', () => {
    expect(texts("MERGE (a:City {id: 'city:a'});\n  MERGE (b:City {id: 'city:b'}) ;\n")).toEqual([
      "MERGE (a:City {id: 'city:a'})",
      "MERGE (b:City {id: 'city:b'})",
    ]);
  });

  it('keeps a trailing statement without ;', () => {
    expect(texts('RETURN 1 AS a;\nRETURN 2 AS b')).toEqual(['RETURN 1 AS a', 'RETURN 2 AS b']);
  });

  it('does not split at ; inside single-quoted strings, escaped quotes included', () => {
    const script = "SET c.note = 'a; b \\'quoted; still\\' c';\nRETURN 1 AS one";
    expect(texts(script)).toEqual(["SET c.note = 'a; b \\'quoted; still\\' c'", 'RETURN 1 AS one']);
  });

  it('does not split at ; inside double-quoted strings, escaped quotes included', () => {
    const script = 'SET c.note = "x; \\"y;\\" z";\nRETURN 1 AS one';
    expect(texts(script)).toEqual(['SET c.note = "x; \\"y;\\" z"', 'RETURN 1 AS one']);
  });

  it('does not take // inside a string for a comment', () => {
    expect(texts("SET s.file = 'https://asean.org/a;b';\nRETURN 1 AS one")).toEqual([
      "SET s.file = 'https://asean.org/a;b'",
      'RETURN 1 AS one',
    ]);
  });

  it('ends a string after an escaped backslash', () => {
    expect(texts("SET c.path = 'C:\\\\';\nRETURN 1 AS one")).toEqual(["SET c.path = 'C:\\\\'", 'RETURN 1 AS one']);
  });

  it('does not split at ; inside // and /* */ comments', () => {
    const script = [
      'MATCH (c:City) // a comment; not the end',
      '/* a block; comment',
      '   over lines; */ RETURN c.id AS id;',
      'RETURN 2 AS two',
    ].join('\n');
    expect(splitStatements(script)).toHaveLength(2);
    expect(texts(script)[1]).toBe('RETURN 2 AS two');
  });

  it('does not split at ; inside backtick-quoted names', () => {
    expect(texts('MATCH (n:`odd;label`) RETURN n.`a;b` AS x;RETURN 1 AS y')).toEqual([
      'MATCH (n:`odd;label`) RETURN n.`a;b` AS x',
      'RETURN 1 AS y',
    ]);
  });

  it('drops pieces that hold only comments and blank lines', () => {
    const script = '// header; with a semicolon\n\nRETURN 1 AS a;\n// trailing note;\n/* block */;\n  ;\n';
    expect(splitStatements(script)).toHaveLength(1);
  });

  it('returns nothing for an empty or comment-only script', () => {
    expect(splitStatements('')).toEqual([]);
    expect(splitStatements('// nothing here\n/* nor; here */\n')).toEqual([]);
  });

  it('gives each statement the 1-based line of its first code, after comments and blank lines', () => {
    const script = [
      '// 001-cities.cypher', // 1
      '', // 2
      "MERGE (a:City {id: 'city:a'});", // 3
      '', // 4
      '// the next one spans lines; really', // 5
      '/* and has a', // 6
      '   block comment */', // 7
      '  MERGE (b:City', // 8
      "    {id: 'city:b'});", // 9
      "MERGE (c:City {id: 'city:c'}); MERGE (d:City {id: 'city:d'})", // 10
    ].join('\n');
    expect(splitStatements(script).map((s) => s.line)).toEqual([3, 8, 10, 10]);
  });

  it('counts lines inside multi-line strings before a statement', () => {
    const script = "SET c.note = 'line one;\nline two';\nRETURN 1 AS one";
    expect(splitStatements(script).map((s) => s.line)).toEqual([1, 3]);
  });
});

describe('parameterNames', () => {
  it('finds each $parameter once, in order of first use', () => {
    expect(
      parameterNames('MATCH (c:City) WHERE c.id IN $ids AND c.pilot = $pilot RETURN c SKIP $skip LIMIT $limit'),
    ).toEqual(['ids', 'pilot', 'skip', 'limit']);
    expect(parameterNames('RETURN $a AS x, $a AS y, $b_2 AS z')).toEqual(['a', 'b_2']);
  });

  it('ignores $words inside strings, comments and backtick names', () => {
    const query = [
      "MATCH (c:City {name: 'costs $5'}) // uses $notOne",
      '/* $notTwo */ WHERE c.note <> "$notThree" AND c.`$notFour` = $real',
      'RETURN c.id AS id',
    ].join('\n');
    expect(parameterNames(query)).toEqual(['real']);
  });

  it('finds none in a parameterless statement', () => {
    expect(parameterNames("MERGE (c:City {id: 'city:a'})")).toEqual([]);
  });
});

describe('firstLine', () => {
  it('returns the first code line, skipping blank and // comment lines', () => {
    expect(firstLine("// seed\n\n  MERGE (c:City {id: 'city:a'})\n  SET c.name = 'A'")).toBe(
      "MERGE (c:City {id: 'city:a'})",
    );
  });

  it('shortens long lines with an ellipsis', () => {
    const line = firstLine(`RETURN '${'x'.repeat(200)}' AS long`, 40);
    expect(line).toHaveLength(40);
    expect(line.endsWith('…')).toBe(true);
  });
});
