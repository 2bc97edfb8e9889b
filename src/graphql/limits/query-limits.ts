/**
 * Bounds on what one GraphQL request may ask for (docs/architecture.md, "Limits and hostile input"; the original design's "Security and
 * limits"; numbers from graphql-armor's defaults). Page sizes are bounded
 * separately by `first` (at most 100).
 */
export interface QueryLimits {
  /** Nesting depth of fields; connection plumbing (`edges`, `node`, `nodes`) does not count. */
  readonly maxDepth: number;
  /** Aliased fields in the document. */
  readonly maxAliases: number;
  /** Lexical tokens in the document (checked while parsing). */
  readonly maxTokens: number;
  /** Field selections of an operation once its fragments are spread (checked before validation). */
  readonly maxSelections: number;
  /** Times one field or alias may be selected within one selection set (checked before validation). */
  readonly maxRepeats: number;
  /** Directives in the document. */
  readonly maxDirectives: number;
  /** Worst-case number of objects the response may hold (list fields multiply by their page size). */
  readonly maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 1000,
  maxSelections: 2000,
  maxRepeats: 50,
  maxDirectives: 50,
  maxCost: 50_000,
};
