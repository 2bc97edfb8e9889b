import type { ValidationRule } from 'graphql';
import { maxAliasesRule, maxDepthRule, maxDirectivesRule, readOnlyRule } from './document-rules';
import type { QueryLimits } from './query-limits';

export { DEFAULT_QUERY_LIMITS } from './query-limits';
export type { QueryLimits } from './query-limits';
export { costLimitPlugin, operationCost } from './cost';
export { documentGuard, guardDocument } from './document-guard';

/** The validation rules enforcing the read-only API and the depth, alias and directive limits. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [
    readOnlyRule,
    maxDepthRule(limits.maxDepth),
    maxAliasesRule(limits.maxAliases),
    maxDirectivesRule(limits.maxDirectives),
  ];
}
