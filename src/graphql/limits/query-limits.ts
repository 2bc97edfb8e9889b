/**
 * Bounds on what one GraphQL request may ask for (docs/architecture.md,
 * "Limits and hostile input"). The type and the defaults live with the rest
 * of the configuration (`src/config.ts`, settings `MAX_DEPTH`, `MAX_COST`,
 * …), which is the only reader of the environment; page sizes are bounded
 * separately by `first` (at most 100).
 */
export { DEFAULT_QUERY_LIMITS } from '../../config';
export type { QueryLimits } from '../../config';
