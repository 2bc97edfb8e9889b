/** GraphQL documents a hostile client sends to stall a server's validation (issue 12's reproductions). */

/** `query { ...F0 }` where each fragment spreads the next one twice: 2^levels fields once expanded. */
export const fanOut = (levels: number): string =>
  [
    'query { ...F0 }',
    ...Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`),
    `fragment F${levels} on Query { __typename }`,
  ].join('\n');

/** `n` fragments that each spread all the others. */
export const clique = (n: number): string => {
  const names = Array.from({ length: n }, (_, i) => `C${i}`);
  const spreads = (a: string): string =>
    names
      .filter((b) => b !== a)
      .map((b) => `...${b}`)
      .join(' ');
  return ['query { ...C0 }', ...names.map((a) => `fragment ${a} on Query { ${spreads(a)} }`)].join('\n');
};
