import type { ValidationRule } from 'graphql';
import { maxAliasesRule, maxDepthRule, maxDirectivesRule } from './document-rules';
import type { QueryLimits } from './query-limits';

export { DEFAULT_QUERY_LIMITS } from './query-limits';
export type { QueryLimits } from './query-limits';
export { costLimitPlugin, operationCost } from './cost';

/** The validation rules enforcing depth, alias and directive limits. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases), maxDirectivesRule(limits.maxDirectives)];
}
