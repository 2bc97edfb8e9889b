import type { GraphDatabase } from '../db';
import { GRAPH_MODEL, labelOfId } from '../model';
import type { GraphModel, PropertyMap } from '../model';

/**
 * The timeline: every property of the model that marks an event (declared
 * with `event` in the graph model) on nodes and relationships, in date order.
 * Dates are ISO strings of any precision, so they are compared as strings: a
 * range `from`–`to` keeps every date that overlaps it: at or after `from`
 * or containing it (`2018` overlaps `from: 2018-07`), and at or before `to`
 * or contained in it (`to: 2019` keeps `2019-08-23`). Years held as integers (a chairmanship's year) have a query
 * of their own, because UNION branches must return columns of one type.
 */

export const TIMELINE_QUERY = 'graph/timeline';
export const TIMELINE_YEARS_QUERY = 'graph/timeline-years';
export const TIMELINE_UNDATED_QUERY = 'graph/timeline-undated';

const eventsOf = (props: PropertyMap, type: string): string[] =>
  Object.entries(props).flatMap(([name, spec]) => (spec.event !== undefined && spec.type === type ? [name] : []));

// A date overlaps the range when it is at or after `from` or contains it (`2018` overlaps `from: 2018-07`),
// and at or before `to` or contained in it (`2019-08-23` is in `to: 2019`).
const range = (v: string): string =>
  `${v} IS NOT NULL AND (${v} >= $from OR $from STARTS WITH ${v}) AND (${v} <= $to OR ${v} STARTS WITH $to)`;

/** Events with ISO-string dates, on nodes and on relationships. */
export function timelineText(model: GraphModel = GRAPH_MODEL): string {
  const nodes = Object.entries(model.nodes).flatMap(([label, spec]) =>
    eventsOf(spec.properties, 'STRING').map(
      (p) =>
        `MATCH (n:${label}) WHERE ${range(`n.${p}`)} RETURN n.id AS id, '' AS related, '' AS type, '${p}' AS property, n.${p} AS date, n.sources AS sources`,
    ),
  );
  const rels = Object.entries(model.relationships).flatMap(([type, spec]) =>
    eventsOf(spec.properties, 'STRING').map(
      (p) =>
        `MATCH (a)-[r:${type}]->(b) WHERE ${range(`r.${p}`)} RETURN a.id AS id, b.id AS related, '${type}' AS type, '${p}' AS property, r.${p} AS date, r.sources AS sources`,
    ),
  );
  return [...nodes, ...rels].join('\nUNION ALL\n');
}

/** Events whose date is a year held as an integer. */
export function timelineYearsText(model: GraphModel = GRAPH_MODEL): string {
  return Object.entries(model.nodes)
    .flatMap(([label, spec]) =>
      eventsOf(spec.properties, 'INT64').map(
        (p) =>
          `MATCH (n:${label}) WHERE n.${p} IS NOT NULL AND n.${p} >= $fromYear AND n.${p} <= $toYear RETURN n.id AS id, '${p}' AS property, n.${p} AS year, n.sources AS sources`,
      ),
    )
    .join('\nUNION ALL\n');
}

/** Per label with event properties, how many of its nodes have none of them set. */
export function timelineUndatedText(model: GraphModel = GRAPH_MODEL): string {
  return Object.entries(model.nodes)
    .flatMap(([label, spec]) => {
      const events = Object.entries(spec.properties).filter(([, p]) => p.event !== undefined);
      if (events.length === 0) return [];
      const none = events.map(([p]) => `n.${p} IS NULL`).join(' AND ');
      return [`MATCH (n:${label}) WHERE ${none} WITH count(n) AS c RETURN '${label}' AS label, c AS count`];
    })
    .join('\nUNION ALL\n');
}

/** One dated fact: a node's event, or a relationship's (from `id` to `related`). */
export interface TimelineRecord {
  readonly id: string;
  readonly related?: string;
  readonly type?: string;
  readonly property: string;
  readonly event: string;
  readonly date: string;
  readonly sources: string[];
}

const DATE_BOUND = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for a bound the timeline accepts: `2018`, `2018-07`, `2018-07-08`. */
export const isDateBound = (value: string): boolean => DATE_BOUND.test(value);

function eventName(model: GraphModel, id: string, type: string, property: string): string {
  const props = type !== '' ? model.relationships[type]?.properties : model.nodes[labelOfId(id) ?? '']?.properties;
  return props?.[property]?.event ?? property;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Every event between `from` and `to` (both optional), in date order: the
 * date, then coarser dates first (`2018` before `2018-01-05`), then id.
 * Two round trips; the caller counts what has no date.
 */
export async function readTimeline(
  db: GraphDatabase,
  from: string | undefined,
  to: string | undefined,
): Promise<TimelineRecord[]> {
  const [dated, years] = await Promise.all([
    db.read(TIMELINE_QUERY, { from: from ?? '', to: to ?? '9999' }),
    db.read(TIMELINE_YEARS_QUERY, {
      fromYear: Number((from ?? '0').slice(0, 4)),
      toYear: Number((to ?? '9999').slice(0, 4)),
    }),
  ]);
  const records: TimelineRecord[] = [
    ...dated.map((row) => ({
      id: String(row.id),
      related: row.related === '' ? undefined : String(row.related),
      type: row.type === '' ? undefined : String(row.type),
      property: String(row.property),
      event: eventName(GRAPH_MODEL, String(row.id), String(row.type), String(row.property)),
      date: String(row.date),
      sources: strings(row.sources),
    })),
    // The integer filter is coarse (by year); the same string rule as for dates decides (`2019` is before `2019-06`).
    ...years
      .map((row) => ({
        id: String(row.id),
        property: String(row.property),
        event: eventName(GRAPH_MODEL, String(row.id), '', String(row.property)),
        date: String(row.year).padStart(4, '0'),
        sources: strings(row.sources),
      }))
      .filter(
        (r) =>
          (r.date >= (from ?? '') || (from ?? '').startsWith(r.date)) &&
          (r.date <= (to ?? '9999') || r.date.startsWith(to ?? '9999')),
      ),
  ];
  return records.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
      (a.related ?? '').localeCompare(b.related ?? '') ||
      a.property.localeCompare(b.property),
  );
}

/** How many nodes of each label with event properties have no date at all. */
export async function readUndated(db: GraphDatabase): Promise<{ label: string; count: number }[]> {
  const rows = await db.read(TIMELINE_UNDATED_QUERY);
  return rows.map((row) => ({ label: String(row.label), count: Number(row.count) })).filter((r) => r.count > 0);
}
