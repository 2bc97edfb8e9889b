import { labelOfId } from '../model';
import { segments } from './cypher-text';

/**
 * The head of a portable batch query: `UNWIND $ids AS id MATCH (a {id: id})`,
 * or with a label, `MATCH (a:City {id: id})` (group 1). A query may have
 * several, one per UNION branch.
 */
export const BATCH_HEAD =
  /UNWIND\s+\$ids\s+AS\s+id\s+MATCH\s*\(\s*[A-Za-z_]\w*\s*(?::\s*([A-Za-z_]\w*)\s*)?\{\s*id\s*:\s*id\s*\}/g;

/** The code of a query text, its comments and string literals left out. */
export const codeOf = (text: string): string =>
  segments(text)
    .filter((seg) => seg.kind === 'code')
    .map((seg) => text.slice(seg.start, seg.end))
    .join(' ');

const labelless = new Map<string, boolean>();
/** Query texts come from a bounded set of files; the bound only guards against texts made at run time. */
const LABELLESS_CACHE_LIMIT = 1000;

/** Whether some batch head of `text` has no label: each of its ids is then looked up in every label. */
export function hasLabellessHead(text: string): boolean {
  let found = labelless.get(text);
  if (found === undefined) {
    found = [...codeOf(text).matchAll(BATCH_HEAD)].some((head) => head[1] === undefined);
    if (labelless.size >= LABELLESS_CACHE_LIMIT) labelless.clear();
    labelless.set(text, found);
  }
  return found;
}

/** The batch form with `label` on its label-less heads (`UNWIND $ids AS id MATCH (a:City {id: id})`). */
export function batchWithLabel(text: string, label: string): string {
  return text.replace(BATCH_HEAD, (head, found: string | undefined) =>
    found === undefined ? head.replace(/\(\s*([A-Za-z_]\w*)\s*\{/, `($1:${label} {`) : head,
  );
}

/**
 * Ids grouped by the label their prefix names (`city:hanoi` → City), in first-seen order; undefined when one of
 * them is not a string of a known prefix (the data checks hold every node to its label's prefix).
 */
export function idsByLabel(ids: readonly unknown[]): Map<string, unknown[]> | undefined {
  const byLabel = new Map<string, unknown[]>();
  for (const id of ids) {
    const label = typeof id === 'string' ? labelOfId(id) : undefined;
    if (label === undefined) return undefined;
    const these = byLabel.get(label);
    if (these === undefined) byLabel.set(label, [id]);
    else these.push(id);
  }
  return byLabel;
}
