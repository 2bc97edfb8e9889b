import { labelOfId } from '../../model';
import { BATCH_HEAD, batchWithLabel, codeOf, idsByLabel } from '../batch-heads';

/**
 * The one-id form of a batch query: the portable batch form starts each branch with
 * `UNWIND $ids AS id MATCH (a:Label {id: id})`, and the one-id form is the same text
 * with `MATCH (a:Label {id: $id})` instead.
 *
 * Why: Kùzu 0.11.3 plans the batch form as a hash join over a scan of the whole label
 * (and of every table for a pattern without a label), so its cost grows with the graph.
 * The one-id form is a primary-key lookup. Measured on the scale-1000 graph (26,002
 * cities, 62,132 nodes; bench/): ten cities by the batch form 9 ms, one city by the
 * one-id form 0.45 ms; the edges around one node 295 ms against 10 ms.
 */
export interface EachForm {
  readonly text: string;
  /** The labels the batch form scans; empty when a pattern has no label (every table). */
  readonly labels: readonly string[];
  /** Run once per id whatever the batch (a file written for one id): there is no batch form. */
  readonly always?: boolean;
}

const forms = new Map<string, EachForm | null>();
const FORM_CACHE_LIMIT = 1000;

/**
 * The one-id form of `text`, or undefined when the text is not of the batch shape:
 * `$ids` only in the heads, no `$id` of its own, and `id` named nowhere else.
 */
export function eachForm(text: string): EachForm | undefined {
  let form = forms.get(text);
  if (form === undefined) {
    form = deriveEachForm(text) ?? null;
    if (forms.size >= FORM_CACHE_LIMIT) forms.clear();
    forms.set(text, form);
  }
  return form ?? undefined;
}

/** The labels a form's heads name, or none when one head has no label (its batch scans every table). */
const scannedLabels = (labels: readonly (string | undefined)[]): string[] =>
  labels.some((label) => label === undefined) ? [] : [...new Set(labels as string[])];

/** A head of the one-id form: `MATCH (a {id: $id})` or `MATCH (a:Label {id: $id})`. */
const ONE_ID_HEAD = /MATCH\s*\(\s*([A-Za-z_]\w*)\s*(?::\s*([A-Za-z_]\w*)\s*)?\{\s*id\s*:\s*\$id\s*\}/g;

function deriveEachForm(text: string): EachForm | undefined {
  const code = codeOf(text);
  if (/\$id\b/.test(code)) return writtenForOneId(text, code);
  const heads = [...code.matchAll(BATCH_HEAD)];
  if (heads.length === 0) return undefined;
  // A column named `id` (`RETURN n.id AS id`) is a new name in both forms.
  const rest = code.replace(BATCH_HEAD, ' ').replace(/\bAS\s+id\b/gi, ' ');
  // `$ids` anywhere else, or `id` as a variable (not `a.id`, `id(n)` or a map key `id:`), would change meaning.
  if (/\$ids\b/.test(rest) || /(?<![.\w$])id(?![\w(:]|\s*:)/.test(rest)) return undefined;
  // A later match by a variable's id (`MATCH (a:City {id: key})`, the paged relation queries) is a hash join over
  // a scan of its label whichever form runs: once for the batch, but once per id in the one-id form (56 ms a city
  // at scale 1000, 11 s for 200 cities against 83 ms for the batch).
  // So is a later match by an internal id (`MATCH (b:City) WHERE id(b) = other`): 15 ms a city at scale 1000.
  if (/\{\s*id\s*:\s*[A-Za-z_]\w*\s*\}/.test(rest) || /\bid\s*\(\s*\w+\s*\)\s*=/.test(rest)) return undefined;
  const each = text.replace(BATCH_HEAD, (head) =>
    head.replace(/UNWIND\s+\$ids\s+AS\s+id\s+/, '').replace(/\{\s*id\s*:\s*id\s*\}/, '{id: $id}'),
  );
  return { text: each, labels: scannedLabels(heads.map((head) => head[1])) };
}

/**
 * A Kùzu query file written for one id (`$id`, no `$ids`), for a caller that
 * passes a batch (`$ids`): the adapter runs it once per id, as it runs a
 * derived one-id form. Kùzu has no subquery (`CALL { … }`), so a query that
 * must cut each node's rows on its own (`ORDER BY … LIMIT` per node, where the
 * Neo4j file uses a subquery per node) is written this way.
 */
function writtenForOneId(text: string, code: string): EachForm | undefined {
  if (/\$ids\b/.test(code)) return undefined;
  const heads = [...code.matchAll(ONE_ID_HEAD)];
  if (heads.length === 0) return undefined;
  return { text, labels: scannedLabels(heads.map((head) => head[2])), always: true };
}

const labelled = new Map<string, string>();

/**
 * The one-id text with the label the id names (`city:hanoi` → `City`) on its
 * label-less heads: Kùzu looks a label-less `{id: $id}` up in every node table
 * (about 50 with the search indexes' own tables), a labelled one in one table.
 * Ids follow `<prefix>:<slug>` and the data checks hold every node to its
 * label's prefix; an id of no known prefix keeps the label-less text.
 */
export function withIdLabel(text: string, id: unknown): string {
  const label = typeof id === 'string' ? labelOfId(id) : undefined;
  if (label === undefined) return text;
  const key = `${label}\n${text}`;
  let found = labelled.get(key);
  if (found === undefined) {
    found = text.replace(ONE_ID_HEAD, (head, variable: string, already: string | undefined) =>
      already === undefined ? `MATCH (${variable}:${label} {id: $id}` : head,
    );
    if (labelled.size >= FORM_CACHE_LIMIT) labelled.clear();
    labelled.set(key, found);
  }
  return found;
}

/**
 * Rows one id costs by the one-id form, in rows the batch form scans, measured on the
 * scale-1000 graph: a labelled lookup 0.45 ms against 0.35 µs a row; without a label,
 * the edges around one node 10 ms against 295 ms for the batch over 62,132 nodes (one
 * id ≈ 2,000 rows). The batch form without a label also builds a hash table of every
 * node's properties: for the six nodes around Hanoi it filled the 256 MiB buffer pool.
 */
const ROWS_PER_LOOKUP = { labelled: 1_000, unlabelled: 2_000 } as const;

/**
 * Whether `count` ids are cheaper one by one: always for one id (no hash join to build),
 * and while the ids' lookups cost less than scanning the tables the batch form reads.
 */
export function runsEach(form: EachForm, count: number, rows: number): boolean {
  if (count <= 1 || form.always === true) return true;
  const perLookup = form.labels.length === 0 ? ROWS_PER_LOOKUP.unlabelled : ROWS_PER_LOOKUP.labelled;
  return count * perLookup <= rows;
}

/** Part of a batch read: these ids by this text, in one statement, or one statement per id (`each`). */
export interface BatchPart {
  readonly ids: readonly unknown[];
  readonly text: string;
  readonly each: boolean;
}

/**
 * How a batch of `ids` is read by `text` (whose one-id form is `form`), given the rows per
 * label (`graph/stats`). A labelled batch: all at once, or one by one (`runsEach`). A
 * label-less batch scans every table, so when the ids' labels are known (`city:hanoi` is a
 * City) the ids may be read label by label instead, each label's way chosen by the same
 * costs, when that costs less than the label-less scan: at scale 1000 the degrees of the 100
 * nodes of a neighbourhood took 40 ms label-less, 500 search hits 58 ms against 40 ms label by
 * label. Every part counts as the one round trip.
 */
export function planBatch(
  text: string,
  form: EachForm,
  ids: readonly unknown[],
  rows: ReadonlyMap<string, number>,
): BatchPart[] {
  if (ids.length <= 1 || form.always === true) return [{ ids, text: form.text, each: true }];
  const rowsOf = (labels: readonly string[]): number => labels.reduce((sum, label) => sum + (rows.get(label) ?? 0), 0);
  const whole = (scanned: readonly string[]): BatchPart[] => {
    const each = runsEach(form, ids.length, rowsOf(scanned));
    return [{ ids, text: each ? form.text : text, each }];
  };
  if (form.labels.length > 0) return whole(form.labels);
  const every = [...rows.keys()];
  const byLabel = idsByLabel(ids);
  if (byLabel === undefined) return whole(every);
  const lookup = ROWS_PER_LOOKUP.labelled;
  const parts = [...byLabel].map(([label, these]) => {
    const each = these.length * lookup <= lookup + (rows.get(label) ?? 0);
    return {
      part: { ids: these, text: each ? form.text : batchWithLabel(text, label), each },
      cost: each ? these.length * lookup : lookup + (rows.get(label) ?? 0),
    };
  });
  const split = parts.reduce((sum, { cost }) => sum + cost, 0);
  // A label-less scan reads every table's union of properties: about twice a labelled row (58 ms for 500 ids
  // over 62,132 nodes at scale 1000, against 40 ms label by label).
  const scan = lookup + 2 * rowsOf(every);
  return split < scan ? parts.map(({ part }) => part) : whole(every);
}
