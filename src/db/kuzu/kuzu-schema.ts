import { GRAPH_MODEL, nodeProperties, relationshipProperties } from '../../model';
import type { GraphModel, PropertyMap } from '../../model';
import { KUZU_SEARCH_TABLE, KUZU_SEARCH_TABLE_DDL } from '../search-queries';

function columns(props: PropertyMap, skip: string[] = []): string[] {
  return Object.entries(props)
    .filter(([name]) => !skip.includes(name))
    .map(([name, spec]) => `${name} ${spec.type}`);
}

/**
 * Kùzu DDL derived from the graph model, by table: a node table per label
 * (string `id` primary key) and a relationship table per type with every
 * endpoint pair, then the table of search texts (`search-queries.ts`).
 * `IF NOT EXISTS` makes each safe to run again.
 */
export function kuzuSchemaTables(model: GraphModel = GRAPH_MODEL): ReadonlyMap<string, string> {
  const tables = new Map<string, string>();
  for (const label of Object.keys(model.nodes)) {
    tables.set(
      label,
      `CREATE NODE TABLE IF NOT EXISTS ${label}(id STRING PRIMARY KEY, ${columns(nodeProperties(label, model), ['id']).join(', ')})`,
    );
  }
  for (const [type, spec] of Object.entries(model.relationships)) {
    const pairs = spec.endpoints.map(([from, to]) => `FROM ${from} TO ${to}`);
    tables.set(
      type,
      `CREATE REL TABLE IF NOT EXISTS ${type}(${[...pairs, ...columns(relationshipProperties(type, model))].join(', ')})`,
    );
  }
  tables.set(KUZU_SEARCH_TABLE, KUZU_SEARCH_TABLE_DDL);
  return tables;
}

/** What the live database has, to compare with the model. */
export interface KuzuCatalog {
  /** Table name → column names. */
  readonly columns: ReadonlyMap<string, readonly string[]>;
  /** Relationship table → `From>To` pairs. */
  readonly connections: ReadonlyMap<string, readonly string[]>;
}

/**
 * Differences between the model and an existing database that `IF NOT EXISTS`
 * cannot repair: statements to add missing columns, and problems that need a
 * rebuild (a new endpoint pair on an existing relationship table).
 */
export function kuzuSchemaUpgrade(
  catalog: KuzuCatalog,
  model: GraphModel = GRAPH_MODEL,
): { statements: string[]; problems: string[] } {
  const statements: string[] = [];
  const problems: string[] = [];
  const addMissing = (table: string, props: PropertyMap): void => {
    const existing = catalog.columns.get(table);
    if (existing === undefined) return;
    for (const [name, spec] of Object.entries(props)) {
      if (name !== 'id' && !existing.includes(name)) statements.push(`ALTER TABLE ${table} ADD ${name} ${spec.type}`);
    }
  };
  for (const label of Object.keys(model.nodes)) addMissing(label, nodeProperties(label, model));
  for (const [type, spec] of Object.entries(model.relationships)) {
    addMissing(type, relationshipProperties(type, model));
    const existing = catalog.connections.get(type);
    if (existing === undefined) continue;
    for (const [from, to] of spec.endpoints) {
      if (!existing.includes(`${from}>${to}`)) {
        problems.push(`relationship ${type} gained the endpoint pair ${from} → ${to}`);
      }
    }
  }
  return { statements, problems };
}
