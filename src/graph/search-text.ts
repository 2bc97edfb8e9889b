import { SEARCH_PRUNE_QUERY_NAME } from '../db';
import type { GraphDatabase } from '../db';
import { labelOfId, nodeLabels, nodeProperties } from '../model';
import { ALL_NODES_QUERY } from './exploration-queries';
import { kebab } from './query-names';
import { toNodeRecord } from './records';
import type { NodeRecord } from './records';

/**
 * The text full-text search reads, written into each node's `search`
 * property by the seed loader: the name, aliases and every text property,
 * folded (accents and case removed, punctuation to spaces), plus the
 * beginnings of each word (`bangkok` also as `ban`, `bang`, `bangk`,
 * `bangko`), so that both engines' indexes match partial words with plain
 * terms. Queries are folded the same way and reach the engine as plain
 * words only: nothing special to either engine's query syntax survives.
 */

/** Shortest word beginning indexed. */
const MIN_PREFIX = 3;
/** Most words a query keeps. */
export const MAX_TERMS = 20;

/** `Hà Nội` → `ha noi`; `Nay Pyi Taw's` → `nay pyi taw s`. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a folded text with their beginnings. */
function withPrefixes(folded: string): string[] {
  return folded
    .split(' ')
    .filter((w) => w !== '')
    .flatMap((word) => [
      ...Array.from({ length: Math.max(0, word.length - MIN_PREFIX) }, (_, i) => word.slice(0, MIN_PREFIX + i)),
      word,
    ]);
}

/** The properties of a label search reads: name, aliases and its text properties (not ids, dates or `search`). */
export function searchedProperties(label: string): string[] {
  return Object.entries(nodeProperties(label))
    .filter(
      ([name, spec]) =>
        (spec.type === 'STRING' || spec.type === 'STRING[]') &&
        !['id', 'sources', 'citations', 'mentionedAs', 'search'].includes(name),
    )
    .filter(([, spec]) => !spec.description.includes('ISO-8601'))
    .map(([name]) => name);
}

/** The values of a node's searched properties, as text. */
export function searchedValues(node: NodeRecord, label: string): [string, string][] {
  return searchedProperties(label).flatMap((property) => {
    const value = node[property];
    if (typeof value === 'string') return [[property, value] as [string, string]];
    if (Array.isArray(value))
      return value.filter((v): v is string => typeof v === 'string').map((v) => [property, v] as [string, string]);
    return [];
  });
}

/** Fields whose words count twice, so that a node named by the words ranks above one that mentions them. */
const NAMING = new Set(['name', 'aliases']);

/** The `search` text of a node: every word and word beginning once, those of its name and aliases twice. */
export function searchTextOf(node: NodeRecord, label: string): string {
  const values = searchedValues(node, label);
  const words = (fields: [string, string][]): string[] => [
    ...new Set(fields.flatMap(([, v]) => withPrefixes(fold(v)))),
  ];
  const naming = words(values.filter(([field]) => NAMING.has(field)));
  return [...words(values), ...naming].join(' ');
}

/** The plain words of a query, folded, at most `MAX_TERMS`. */
export function queryTerms(text: string): string[] {
  return [
    ...new Set(
      fold(text)
        .split(' ')
        .filter((w) => w !== ''),
    ),
  ].slice(0, MAX_TERMS);
}

/** Name of the query writing the `search` text of a batch of nodes of one label. */
export const setSearchQueryName = (label: string): string => `nodes/${kebab(label)}/set-search`;

/** Text of that query. */
export const setSearchQueryText = (label: string): string =>
  `UNWIND $rows AS row MATCH (n:${label}) WHERE n.id = row.id SET n.search = row.text`;

/**
 * Rewrites the `search` text of every node (one read, then one write per
 * label), then lets the engine drop what it kept of nodes that are gone
 * (Kùzu's copies in `SearchText`; nothing on Neo4j); run after the seeds
 * change. The engines' full-text indexes follow the writes.
 */
export async function refreshSearchText(db: GraphDatabase): Promise<number> {
  const all = (await db.read(ALL_NODES_QUERY)).map((row) => toNodeRecord(row.node));
  let written = 0;
  for (const label of nodeLabels()) {
    const rows = all
      .filter((node) => labelOfId(node.id) === label)
      .map((node) => ({ id: node.id, text: searchTextOf(node, label) }));
    if (rows.length === 0) continue;
    await db.write(setSearchQueryName(label), { rows });
    written += rows.length;
  }
  if (all.length > 0) await db.write(SEARCH_PRUNE_QUERY_NAME, { ids: all.map((node) => node.id) });
  return written;
}

/** Name of the query counting nodes whose search text was never written. */
export const UNSEARCHABLE_QUERY = 'graph/unsearchable';
export const UNSEARCHABLE_TEXT = 'MATCH (n) WHERE n.id IS NOT NULL AND n.search IS NULL RETURN count(n) AS count';

/**
 * Writes the search text when some node lacks it (a database loaded before
 * search existed, or a load interrupted between committing the seeds and
 * writing the text); returns how many nodes it wrote.
 */
export async function ensureSearchText(db: GraphDatabase): Promise<number> {
  const [row] = await db.read(UNSEARCHABLE_QUERY);
  return Number(row?.count ?? 0) > 0 ? refreshSearchText(db) : 0;
}
