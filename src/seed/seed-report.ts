import type { EntityChange, EntityRef, PropertyChange, Value } from '../db';
import type { SeedFileReport, SeedReport } from './seed-loader';

const plural = (n: number, word: string): string =>
  `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;

/** Longest value shown whole; longer strings are cut with `…`. */
const VALUE_WIDTH = 60;
/** List items shown of what a list gained or lost, and properties shown per line. */
const ITEMS_SHOWN = 3;
const PROPERTIES_SHOWN = 4;

/** Change lines listed per file unless told otherwise. */
export const DEFAULT_LIST_LIMIT = 20;

/** How much of each file's changes to list. */
export interface ListOptions {
  /** Change lines per file; the rest is counted in one `… and N more` line. Default `DEFAULT_LIST_LIMIT`. */
  readonly limit?: number;
}

/** A value in a few characters: strings quoted and cut, lists bracketed, no value `(none)`. */
export function briefValue(value: Value, width = VALUE_WIDTH): string {
  if (value === null) return '(none)';
  if (typeof value === 'string') {
    const text = value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n');
    return `'${text.length > width ? `${text.slice(0, width - 1)}…` : text}'`;
  }
  if (Array.isArray(value)) {
    const shown = value.slice(0, ITEMS_SHOWN).map((item) => briefValue(item, width));
    if (value.length > ITEMS_SHOWN) shown.push(`… ${value.length - ITEMS_SHOWN} more`);
    return `[${shown.join(', ')}]`;
  }
  return typeof value === 'object' ? briefValue(JSON.stringify(value), width) : String(value);
}

const key = (value: Value): string => JSON.stringify(value);

/** `±item` for up to ITEMS_SHOWN items, then how many more. */
function listed(sign: string, items: readonly Value[]): string[] {
  const shown = items.slice(0, ITEMS_SHOWN).map((item) => `${sign}${briefValue(item)}`);
  return items.length > ITEMS_SHOWN ? [...shown, `${sign}${items.length - ITEMS_SHOWN} more`] : shown;
}

/**
 * One changed property: `name 'old' → 'new'`, or for a list that stays a
 * list what it lost and gained (`sources -'source:a' +'source:a#L4'`), or
 * `reordered` when only the order differs.
 */
export function describeProperty({ name, before, after }: PropertyChange): string {
  if (Array.isArray(before) && Array.isArray(after)) {
    const had = new Set(before.map(key));
    const has = new Set(after.map(key));
    const lost = listed(
      '-',
      before.filter((item) => !has.has(key(item))),
    );
    const gained = listed(
      '+',
      after.filter((item) => !had.has(key(item))),
    );
    const parts = [...lost, ...gained];
    return `${name} ${parts.length === 0 ? 'reordered' : parts.join(' ')}`;
  }
  return `${name} ${briefValue(before)} → ${briefValue(after)}`;
}

/** `node city:hanoi` or `LOCATED_IN city:hanoi -> state:vn`. */
export function describeEntity(entity: EntityRef): string {
  return entity.kind === 'node' ? `node ${entity.id}` : `${entity.type} ${entity.from} -> ${entity.to}`;
}

const SIGN = { created: '+', changed: '~', deleted: '-' } as const;

/** One line per created, changed or deleted node or relationship; a change lists its changed properties. */
export function describeChange({ change, entity, properties }: EntityChange): string {
  const head = `${SIGN[change]} ${describeEntity(entity)}`;
  if (change !== 'changed') return head;
  const shown = properties.slice(0, PROPERTIES_SHOWN).map(describeProperty);
  if (properties.length > PROPERTIES_SHOWN)
    shown.push(`and ${plural(properties.length - PROPERTIES_SHOWN, 'more property')}`);
  return `${head}: ${shown.join('; ')}`;
}

/** Counts of what a list of changes did, by kind. */
interface Tally {
  readonly created: { nodes: number; relationships: number };
  readonly changed: { nodes: number; relationships: number; properties: number };
  readonly deleted: { nodes: number; relationships: number };
}

function tally(changes: readonly EntityChange[]): Tally {
  const t: Tally = {
    created: { nodes: 0, relationships: 0 },
    changed: { nodes: 0, relationships: 0, properties: 0 },
    deleted: { nodes: 0, relationships: 0 },
  };
  for (const { change, entity, properties } of changes) {
    t[change][entity.kind === 'node' ? 'nodes' : 'relationships'] += 1;
    if (change === 'changed') t.changed.properties += properties.length;
  }
  return t;
}

const both = (nodes: number, relationships: number): string =>
  [nodes > 0 ? plural(nodes, 'node') : '', relationships > 0 ? plural(relationships, 'relationship') : '']
    .filter((part) => part !== '')
    .join(' and ');

/**
 * What a list of changes did, in one line: `+2 nodes, +1 relationship, 3
 * properties of 2 nodes, -1 relationship`, or `nothing changed`.
 */
export function describeChanges(changes: readonly EntityChange[]): string {
  const { created, changed, deleted } = tally(changes);
  const parts: string[] = [];
  if (created.nodes > 0) parts.push(`+${plural(created.nodes, 'node')}`);
  if (created.relationships > 0) parts.push(`+${plural(created.relationships, 'relationship')}`);
  if (changed.properties > 0) {
    parts.push(`${plural(changed.properties, 'property')} of ${both(changed.nodes, changed.relationships)}`);
  }
  if (deleted.nodes > 0) parts.push(`-${plural(deleted.nodes, 'node')}`);
  if (deleted.relationships > 0) parts.push(`-${plural(deleted.relationships, 'relationship')}`);
  return parts.length === 0 ? 'nothing changed' : parts.join(', ');
}

/** The lines listing a file's changes, at most `limit` and then `… and N more`. */
export function listChanges(changes: readonly EntityChange[], options: ListOptions = {}): string[] {
  const limit = options.limit ?? DEFAULT_LIST_LIMIT;
  const lines = changes.slice(0, limit).map(describeChange);
  if (changes.length > limit) lines.push(`… and ${changes.length - limit} more`);
  return lines;
}

/**
 * What one file did, as printed after it: a line with its counts, then one
 * indented line per change (capped by `options.limit`).
 */
export function describeFile(report: SeedFileReport, index: number, count: number, options: ListOptions = {}): string {
  const width = String(count).length;
  const head = `[${String(index + 1).padStart(width)}/${count}] ${report.file}: ${plural(report.statements, 'statement')}, ${describeChanges(report.changes)} (${Math.round(report.ms)} ms)`;
  return [head, ...listChanges(report.changes, options).map((line) => `    ${line}`)].join('\n');
}

/** True when some file has more changes than `limit` lists. */
export function listsTruncated(report: SeedReport, options: ListOptions = {}): boolean {
  const limit = options.limit ?? DEFAULT_LIST_LIMIT;
  return report.files.some((file) => file.changes.length > limit);
}

/** The closing summary: what every file did together, or that nothing changed. */
export function describeTotal(report: SeedReport): string {
  const changes = report.files.flatMap((file) => file.changes);
  const head = `${report.dryRun ? 'Dry run (rolled back)' : 'Seeded'} ${plural(report.files.length, 'file')}`;
  if (changes.length === 0) {
    return `${head}; nothing ${report.dryRun ? 'would change' : 'changed'}: the graph already matches the seeds.`;
  }
  return `${head}; ${report.dryRun ? 'would change' : 'changed'}: ${describeChanges(changes)}.`;
}
