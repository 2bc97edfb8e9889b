import { segments } from '../cypher-text';

/** A query rewritten so that no list parameter is shared between `UNION` branches. */
export interface UnionRewrite {
  readonly text: string;
  /** New parameter name → the parameter whose value it takes. */
  readonly copies: Readonly<Record<string, string>>;
}

/**
 * Gives each `UNION` branch its own copy of the listed parameters that more
 * than one branch uses (`$ids` in the second branch becomes `$ids__u1`).
 * Kùzu 0.11.3 crashes when one list parameter is used in several branches.
 */
export function separateUnionParameters(query: string, names: ReadonlySet<string>): UnionRewrite {
  // Most queries have no UNION at all, and each text is rewritten the same way every time it runs.
  if (!/\bUNION\b/i.test(query)) return { text: query, copies: {} };
  const key = `${[...names].sort().join(',')}\0${query}`;
  let rewrite = rewrites.get(key);
  if (rewrite === undefined) {
    rewrite = rewriteUnion(query, names);
    if (rewrites.size >= REWRITE_CACHE_LIMIT) rewrites.clear();
    rewrites.set(key, rewrite);
  }
  return rewrite;
}

const rewrites = new Map<string, UnionRewrite>();
const REWRITE_CACHE_LIMIT = 1000;

function rewriteUnion(query: string, names: ReadonlySet<string>): UnionRewrite {
  const pieces: { text: string; code: boolean; branch: number }[] = [];
  let branch = 0;
  for (const seg of segments(query)) {
    const text = query.slice(seg.start, seg.end);
    if (seg.kind !== 'code') {
      pieces.push({ text, code: false, branch });
      continue;
    }
    // A code segment may hold several UNION keywords: cut it at each.
    const parts = text.split(/(\bUNION\b)/i);
    for (const part of parts) {
      if (/^UNION$/i.test(part)) branch += 1;
      pieces.push({ text: part, code: true, branch });
    }
  }
  const branchesOf = new Map<string, Set<number>>();
  for (const piece of pieces.filter((p) => p.code)) {
    for (const match of piece.text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
      const name = match[1] as string;
      if (!names.has(name)) continue;
      branchesOf.set(name, (branchesOf.get(name) ?? new Set()).add(piece.branch));
    }
  }
  const shared = new Set([...branchesOf].filter(([, set]) => set.size > 1).map(([name]) => name));
  if (shared.size === 0) return { text: query, copies: {} };
  const copies: Record<string, string> = {};
  const text = pieces
    .map((piece) =>
      !piece.code || piece.branch === 0
        ? piece.text
        : piece.text.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) => {
            if (!shared.has(name)) return whole;
            const copy = `${name}__u${piece.branch}`;
            copies[copy] = name;
            return `$${copy}`;
          }),
    )
    .join('');
  return { text, copies };
}
