import { maxAliasesRule as armorAliases } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule as armorDirectives } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { LimitExceededError } from '../../errors/request-errors';
import { maxDepthRule, readOnlyRule } from './document-rules';
import type { QueryLimits } from '../../config';

export { DEFAULT_QUERY_LIMITS } from '../../config';
export type { QueryLimits } from '../../config';
export { costLimitPlugin, operationCost } from './cost';
export { documentGuard, guardDocument } from './document-guard';

/**
 * graphql-armor's report of a rejection, as the project's LIMIT_EXCEEDED
 * error naming the limit and its value. Armor's own error would reach the
 * client as "Syntax Error: …" without a code, so it is not propagated.
 */
const reportAs =
  (limit: 'aliases' | 'directives', max: number) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    const count = found === undefined ? `more than ${max}` : found;
    context?.reportError(new LimitExceededError(`The query uses ${count} ${limit}; the limit is ${max}.`, limit, max));
  };

/**
 * The validation rules: the read-only API, the depth limit (the project's
 * own: connection plumbing does not count, which graphql-armor's depth rule
 * cannot express), and graphql-armor's alias and directive limits (each
 * operation with its fragments spread).
 */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [
    readOnlyRule,
    maxDepthRule(limits.maxDepth),
    armorAliases({
      n: limits.maxAliases,
      // Every alias counts, `__typename` ones too (armor lets those through by default).
      allowList: [],
      propagateOnRejection: false,
      onReject: [reportAs('aliases', limits.maxAliases)],
    }),
    armorDirectives({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reportAs('directives', limits.maxDirectives)],
    }),
  ];
}
