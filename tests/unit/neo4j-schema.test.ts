import fs from 'node:fs';
import { splitStatements } from '../../src/db/cypher-text';
import { GRAPH_MODEL, nodeLabels } from '../../src/model';
import type { GraphModel } from '../../src/model';
import { NEO4J_SCHEMA_FILE, neo4jSchemaScript } from '../../src/db';

/** The statements of a script without the comment lines that the splitter leaves in front of them. */
function statementsOf(script: string): string[] {
  return splitStatements(script).map((s) =>
    s.text
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .trim(),
  );
}

const tiny: GraphModel = {
  nodes: {
    MemberState: { idPrefix: 'state', description: 'A state.', properties: {} },
    City: { idPrefix: 'city', description: 'A city.', properties: {} },
  },
  relationships: {},
};

describe('cypher/neo4j/schema.cypher', () => {
  it('is what the graph model generates', () => {
    const committed = fs.existsSync(NEO4J_SCHEMA_FILE) ? fs.readFileSync(NEO4J_SCHEMA_FILE, 'utf8') : '';
    const upToDate = committed === neo4jSchemaScript();
    expect(
      upToDate ? 'up to date' : `${NEO4J_SCHEMA_FILE} differs from the graph model: run \`npm run generate\``,
    ).toBe('up to date');
  });
});

describe('neo4jSchemaScript', () => {
  const statements = statementsOf(neo4jSchemaScript());

  it('makes id unique for every label, with a snake_case constraint name', () => {
    for (const label of nodeLabels()) {
      const name = label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
      expect(statements).toContain(
        `CREATE CONSTRAINT ${name}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
      );
    }
  });

  it('indexes name and aliases of every label in one full-text index', () => {
    const fullText = statements.filter((s) => s.startsWith('CREATE FULLTEXT INDEX'));
    expect(fullText).toHaveLength(1);
    expect(fullText[0]).toMatch(
      /^CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR \(n:[A-Za-z|]+\) ON EACH \[n\.search\]$/,
    );
    const labels = /\(n:([A-Za-z|]+)\)/.exec(fullText[0] ?? '')?.[1]?.split('|') ?? [];
    expect([...labels].sort()).toEqual(nodeLabels().sort());
  });

  it('only creates schema, and only if it does not exist yet (safe to apply twice)', () => {
    expect(statements.length).toBe(2 * nodeLabels().length + 1);
    for (const statement of statements)
      expect(statement).toMatch(/^CREATE (CONSTRAINT|FULLTEXT INDEX|INDEX) \w+ IF NOT EXISTS /);
  });

  it('is deterministic and does not depend on the order labels are declared in', () => {
    const reversed: GraphModel = { ...tiny, nodes: Object.fromEntries(Object.entries(tiny.nodes).reverse()) };
    expect(neo4jSchemaScript(tiny)).toBe(neo4jSchemaScript(reversed));
    expect(neo4jSchemaScript()).toBe(neo4jSchemaScript(GRAPH_MODEL));
    expect(statementsOf(neo4jSchemaScript(tiny))).toEqual([
      'CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT member_state_id IF NOT EXISTS FOR (n:MemberState) REQUIRE n.id IS UNIQUE',
      'CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:City|MemberState) ON EACH [n.search]',
      'CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name)',
      'CREATE INDEX member_state_name IF NOT EXISTS FOR (n:MemberState) ON (n.name)',
    ]);
  });

  it('starts with a header saying it is generated and how to regenerate and apply it', () => {
    const header = neo4jSchemaScript().split('\n').slice(0, 10).join('\n');
    expect(header).toMatch(/GENERATED/);
    expect(header).toMatch(/npm run generate/);
    expect(header).toMatch(/cypher-shell .* -f cypher\/neo4j\/schema\.cypher/);
  });
});
