import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getNamedType, isEnumType, isObjectType } from 'graphql';
import type { GraphModel } from '../../src/model';
import type { EntitySpec } from '../../src/specs';
import { openTestDatabase } from '../support/test-database';

/**
 * The README's "Adding a label or relationship", done for real on a copy of
 * the model: a throwaway label `Festival` with two properties and one
 * relationship to City is added to the graph model, a root-field spec is
 * added to the spec list, and a seed file is written. Nothing else changes,
 * and the whole system takes the label in: the model and specs validate, the
 * query files are generated, the Neo4j schema script covers it, the embedded
 * engine creates its tables, the seed loads, and the GraphQL schema has its
 * type, its root fields and the relationship field at both ends.
 */

// 1. The model: one label and one relationship type.
jest.mock('../../src/model/graph-model', () => {
  const FESTIVAL = {
    idPrefix: 'festival',
    description: 'A city festival (a throwaway label of this test).',
    properties: {
      month: { type: 'STRING', description: 'Month it is held in.' },
      visitors: { type: 'INT64', description: 'Visitors at its last edition.' },
    },
  } as const;

  const CELEBRATED_IN = {
    description: 'A festival is celebrated in a city.',
    endpoints: [['Festival', 'City']],
    properties: {},
    fields: { out: 'celebratedIn', in: 'festivals' },
  } as const;
  const actual = jest.requireActual<{ GRAPH_MODEL: GraphModel }>('../../src/model/graph-model');
  return {
    ...actual,
    GRAPH_MODEL: {
      nodes: { ...actual.GRAPH_MODEL.nodes, Festival: FESTIVAL },
      relationships: { ...actual.GRAPH_MODEL.relationships, CELEBRATED_IN },
    },
  };
});

// 2. The root-field spec (a spec file and its line in the list; the cast stands for the model types,
// which follow a real edit of graph-model.ts but not this run-time copy).
jest.mock('../../src/specs/index', () => {
  const actual = jest.requireActual<{ ENTITY_SPECS: readonly EntitySpec[] }>('../../src/specs/index');
  const festival = { label: 'Festival', single: 'festival', plural: 'festivals', filters: [], sorts: ['visitors'] };
  return { ...actual, ENTITY_SPECS: [...actual.ENTITY_SPECS, festival as unknown as EntitySpec] };
});

// 3. The seed file.
const SEED = `MERGE (c:City {id: 'city:hanoi'}) SET c.name = 'Hanoi', c.sources = ['source:general-knowledge'];
MERGE (n:Festival {id: 'festival:tet'}) SET n.name = 'Tet in Hanoi', n.month = '2019-02', n.visitors = 1000, n.sources = ['source:general-knowledge'];
MATCH (a:Festival {id: 'festival:tet'}), (b:City {id: 'city:hanoi'}) MERGE (a)-[r:CELEBRATED_IN]->(b) SET r.sources = ['source:general-knowledge'];
`;

describe('adding a label with two properties and one relationship', () => {
  it('touches the model, a spec and a seed file, and every derived part takes it in', async () => {
    // Loaded after the mocks are in place.
    const { validateModel } = await import('../../src/model');
    const { ENTITY_SPECS, specProblems } = await import('../../src/specs');
    const { generatedQueries } = await import('../../src/graph/cypher-files');
    const { neo4jSchemaScript } = await import('../../src/db');
    const { relationNamingProblems } = await import('../../src/graphql/schema/relation-fields');
    const { buildGraphSchema } = await import('../../src/graphql/schema/build-schema');
    const { listSeedFiles, loadSeeds } = await import('../../src/seed');

    expect(validateModel()).toEqual([]);
    expect(specProblems(ENTITY_SPECS)).toEqual([]);
    expect(relationNamingProblems()).toEqual([]);

    const files = generatedQueries(ENTITY_SPECS);
    for (const name of ['nodes/festival/by-ids', 'nodes/festival/list-by-name-asc', 'nodes/festival/count']) {
      expect(files.get(name)).toMatch(/MATCH \(n:Festival[ )]/);
    }
    expect(files.get('relations/celebrated-in/festival-out')).toContain('-[r:CELEBRATED_IN]->(b:City)');
    expect(files.get('relations/celebrated-in/city-in')).toContain('<-[r:CELEBRATED_IN]-(b:Festival)');
    expect(neo4jSchemaScript()).toMatch(/FOR \(n:Festival\) REQUIRE n\.id IS UNIQUE/);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-festival-'));
    const db = await openTestDatabase();
    try {
      fs.writeFileSync(path.join(dir, '900-festivals.cypher'), SEED);
      // The search text is written through generated query files, which `npm run generate` would write.
      const report = await loadSeeds(db, listSeedFiles(dir), { refreshSearch: false });
      expect(report.total).toMatchObject({ nodesCreated: 2, relationshipsCreated: 1 });
      const rows = await db.read({
        name: 'test',
        text: 'MATCH (f:Festival)-[:CELEBRATED_IN]->(c:City) RETURN f.visitors AS visitors, c.name AS city',
      });
      expect(rows).toEqual([{ visitors: 1000, city: 'Hanoi' }]);
    } finally {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }

    const schema = await buildGraphSchema();
    const festival = schema.getType('Festival');
    expect(isObjectType(festival) && Object.keys(festival.getFields())).toEqual(
      expect.arrayContaining(['id', 'name', 'sources', 'month', 'visitors', 'celebratedIn']),
    );
    const query = schema.getQueryType()?.getFields() ?? {};
    expect(getNamedType(query.festival?.type)?.name).toBe('Festival');
    expect(getNamedType(query.festivals?.type)?.name).toBe('FestivalConnection');
    const city = schema.getType('City');
    expect(isObjectType(city) && getNamedType(city.getFields().festivals?.type)?.name).toBe('CityFestivalsConnection');
    const order = schema.getType('FestivalOrder');
    expect(isEnumType(order) && order.getValues().map((v) => v.name)).toEqual(
      expect.arrayContaining(['NAME_ASC', 'VISITORS_DESC']),
    );
  });
});
