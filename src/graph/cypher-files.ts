import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, KUZU_UNSEARCHABLE_TEXT, kuzuSetSearchText, searchQueryFiles } from '../db';
import { GRAPH_MODEL, relationEnds } from '../model';
import type { GraphModel } from '../model';
import type { EntitySpec } from '../specs/entity-spec';
import { countQueryText, listQueryText, relatedSubsets, sortOrders } from './list-query';
import { relationPageQueryFiles, singleEndQueryFiles } from './relation-page-queries';
import {
  GENERATED_QUERY_DIRS,
  STATS_QUERY_NAME,
  filteredQueryName,
  nodeQueryName,
  relationQueryName,
} from './query-names';
import { specProblems } from '../specs/spec-problems';
import {
  ALL_EDGES_QUERY,
  ALL_EDGES_TEXT,
  ALL_NODES_QUERY,
  ALL_NODES_TEXT,
  DEGREES_QUERY,
  DEGREES_TEXT,
  EDGES_AMONG_QUERY,
  EDGES_AROUND_FIRST_OF_TYPES_QUERY,
  EDGES_AROUND_FIRST_QUERY,
  EDGES_AROUND_QUERY,
  EDGES_AMONG_TEXT,
  EDGES_AROUND_TEXT,
  kuzuEdgesAroundText,
  neo4jEdgesAroundText,
  NODES_BY_IDS_QUERY,
  NODES_BY_IDS_TEXT,
} from './exploration-queries';
import { groupCountQueryName, groupCountQueryText, groupingsOf } from './group-counts';
import { setSearchQueryName, setSearchQueryText, UNSEARCHABLE_QUERY, UNSEARCHABLE_TEXT } from './search-text';
import {
  TIMELINE_QUERY,
  TIMELINE_UNDATED_QUERY,
  TIMELINE_YEARS_QUERY,
  timelineText,
  timelineUndatedText,
  timelineYearsText,
} from './timeline';

const HEADER = '// Generated from the graph model and the entity specs by `npm run generate`: do not edit.';

function file(comment: string, body: string): string {
  return `${HEADER}\n// ${comment}\n${body}\n`;
}

function relationQuery(model: GraphModel): [string, string][] {
  return relationEnds(model).map((end) => {
    const arrow = end.direction === 'out' ? `-[r:${end.type}]->` : `<-[r:${end.type}]-`;
    const others = end.targets.join(' or ');
    // Label the other end when it has one possible label: Kùzu then scans one table (3× faster
    // at 10k rows, bench/) and Neo4j one label. Several labels cannot share a UNION on Kùzu.
    const other = end.targets.length === 1 ? `b:${end.targets[0]}` : 'b';
    // The portable batch form; on Kùzu, which plans it as a scan of the label, the adapter runs
    // small batches in its one-id form instead (src/db/kuzu/kuzu-each.ts).
    const body = [
      'UNWIND $ids AS id',
      `MATCH (a:${end.owner} {id: id})${arrow}(${other})`,
      'RETURN a.id AS key, b AS node, r AS rel',
    ];
    const comment = `${end.type} ${end.direction === 'out' ? 'from' : 'to'} a batch of ${end.owner} ids; the other end is a ${others}.`;
    return [relationQueryName(end.type, end.direction, end.owner), file(comment, body.join('\n'))];
  });
}

/**
 * Counts per label and type. Aggregating before the literal columns makes an
 * empty label a row with 0 (a literal beside `count()` would be a grouping
 * key, and zero rows would give no row at all), and lets Neo4j use its count store.
 */
function statsQuery(model: GraphModel): string {
  const labels = Object.keys(model.nodes).map(
    (label) => `MATCH (n:${label}) WITH count(n) AS c RETURN 'label' AS kind, '${label}' AS name, c AS count`,
  );
  const types = Object.keys(model.relationships).map(
    (type) =>
      `MATCH ()-[r:${type}]->() WITH count(r) AS c RETURN 'relationship' AS kind, '${type}' AS name, c AS count`,
  );
  return file(
    'How many nodes each label has and how many relationships each type has.',
    [...labels, ...types].join('\nUNION ALL\n'),
  );
}

/**
 * Every generated query file, by query name: per label `by-ids`, `list` and
 * `count`; per end of each relationship type a batch query; and the graph
 * statistics. Labels and relationship types come only from the model.
 */
export function generatedQueries(specs: readonly EntitySpec[], model: GraphModel = GRAPH_MODEL): Map<string, string> {
  const problems = specProblems(specs, model);
  if (problems.length > 0) throw new Error(`Entity specs do not fit the graph model:\n${problems.join('\n')}`);
  const out = new Map<string, string>();
  for (const spec of specs) {
    // An index lookup per id on Neo4j; on Kùzu a small batch runs in its one-id form (kuzu-each.ts).
    const byIds = ['UNWIND $ids AS id', `MATCH (n:${spec.label} {id: id})`, 'RETURN n AS node'].join('\n');
    out.set(nodeQueryName(spec.label, 'by-ids'), file(`${spec.label} nodes for a batch of ids.`, byIds));
    for (const related of relatedSubsets(spec)) {
      const which = related.length === 0 ? '' : ` (filtered by ${related.join(' and ')})`;
      for (const order of sortOrders(spec)) {
        const by = `${order.property} ${order.descending ? 'descending' : 'ascending'}`;
        out.set(
          filteredQueryName(spec.label, 'list', related, order.value),
          file(`One page of ${spec.label} nodes${which}, by ${by}.`, listQueryText(spec, related, order)),
        );
      }
      out.set(
        filteredQueryName(spec.label, 'count', related),
        file(`How many ${spec.label} nodes the filters select${which}.`, countQueryText(spec, related)),
      );
    }
    for (const grouping of groupingsOf(spec)) {
      out.set(
        groupCountQueryName(spec, grouping),
        file(
          `${spec.label} nodes the filters select, counted by ${grouping.name}.`,
          groupCountQueryText(spec, grouping),
        ),
      );
    }
  }
  for (const [name, text] of relationQuery(model)) out.set(name, text);
  for (const [name, { comment, text }] of relationPageQueryFiles(model)) out.set(name, file(comment, text));
  for (const [name, { comment, text }] of singleEndQueryFiles(model)) out.set(name, file(comment, text));
  out.set(STATS_QUERY_NAME, statsQuery(model));
  out.set(
    EDGES_AROUND_QUERY,
    file('Every relationship of a batch of nodes, both directions, with the node at the other end.', EDGES_AROUND_TEXT),
  );
  for (const [name, typed] of [
    [EDGES_AROUND_FIRST_QUERY, false],
    [EDGES_AROUND_FIRST_OF_TYPES_QUERY, true],
  ] as const) {
    const first = `The first $limit relationships${typed ? ' of the types $types' : ''} of each node of a batch per direction, by the other end's id and the type`;
    out.set(`kuzu/${name}`, file(`${first} (Kùzu: written for one id, run once per id).`, kuzuEdgesAroundText(typed)));
    out.set(`neo4j/${name}`, file(`${first} (Neo4j: a subquery per node).`, neo4jEdgesAroundText(typed)));
  }
  out.set(EDGES_AMONG_QUERY, file('Every relationship among a set of nodes.', EDGES_AMONG_TEXT));
  out.set(DEGREES_QUERY, file('How many relationships each node of a batch has.', DEGREES_TEXT));
  out.set(NODES_BY_IDS_QUERY, file('Nodes of any label for a batch of ids.', NODES_BY_IDS_TEXT));
  out.set(ALL_NODES_QUERY, file('Every node (the whole-graph export).', ALL_NODES_TEXT));
  for (const label of Object.keys(model.nodes)) {
    out.set(
      setSearchQueryName(label),
      file(`Writes the search text of a batch of ${label} nodes.`, setSearchQueryText(label)),
    );
    out.set(
      `kuzu/${setSearchQueryName(label)}`,
      file(`Writes the search text of a batch of ${label} nodes and its copy in SearchText.`, kuzuSetSearchText(label)),
    );
  }
  out.set(UNSEARCHABLE_QUERY, file('How many nodes have no search text yet.', UNSEARCHABLE_TEXT));
  out.set(
    `kuzu/${UNSEARCHABLE_QUERY}`,
    file('How many nodes have no search text yet, or no copy of it in SearchText.', KUZU_UNSEARCHABLE_TEXT),
  );
  // Full-text search differs by engine: each engine's own index.
  for (const [name, { comment, text }] of searchQueryFiles(model)) out.set(name, file(comment, text));
  out.set(ALL_EDGES_QUERY, file('Every relationship with its ends (the whole-graph export).', ALL_EDGES_TEXT));
  out.set(
    TIMELINE_QUERY,
    file('Every event with an ISO date between $from and $to, on nodes and relationships.', timelineText(model)),
  );
  out.set(TIMELINE_YEARS_QUERY, file('Every event whose date is a year held as an integer.', timelineYearsText(model)));
  out.set(
    TIMELINE_UNDATED_QUERY,
    file('Per label with events, how many nodes have no date.', timelineUndatedText(model)),
  );
  return out;
}

/**
 * The names the API runs its generated queries by: engine-specific files
 * (`kuzu/graph/search`) go by their name without the engine folder, since the
 * adapter picks its own engine's file.
 */
export function apiQueryNames(specs: readonly EntitySpec[]): string[] {
  return [...new Set([...generatedQueries(specs).keys()].map((name) => name.replace(/^(kuzu|neo4j)\//, '')))];
}

function existingGenerated(dir: string): string[] {
  const names: string[] = [];
  const walk = (rel: string): void => {
    const abs = path.join(dir, rel);
    if (!fs.existsSync(abs)) return;
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.cypher')) names.push(child.replace(/\.cypher$/, ''));
    }
  };
  GENERATED_QUERY_DIRS.forEach(walk);
  return names;
}

/** Files under `cypher/` that differ from what the generator makes, are missing, or are stale. */
export function cypherDrift(specs: readonly EntitySpec[], dir: string = CYPHER_DIR): string[] {
  const wanted = generatedQueries(specs);
  const drift: string[] = [];
  for (const [name, text] of wanted) {
    const file = path.join(dir, `${name}.cypher`);
    if (!fs.existsSync(file)) drift.push(`missing ${file}`);
    else if (fs.readFileSync(file, 'utf8') !== text) drift.push(`out of date ${file}`);
  }
  for (const name of existingGenerated(dir))
    if (!wanted.has(name)) drift.push(`stale ${path.join(dir, `${name}.cypher`)}`);
  return drift;
}

/** Writes the generated query files and deletes stale ones; returns the names written. */
export function writeGeneratedCypher(specs: readonly EntitySpec[], dir: string = CYPHER_DIR): string[] {
  const wanted = generatedQueries(specs);
  for (const name of existingGenerated(dir)) if (!wanted.has(name)) fs.rmSync(path.join(dir, `${name}.cypher`));
  for (const [name, text] of wanted) {
    const file = path.join(dir, `${name}.cypher`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  }
  return [...wanted.keys()];
}
