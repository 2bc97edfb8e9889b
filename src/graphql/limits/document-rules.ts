import { GraphQLError } from 'graphql';
import type { ASTVisitor, OperationDefinitionNode, ValidationContext, ValidationRule } from 'graphql';
import { LimitExceededError } from '../../errors/request-errors';
import { isPlumbing, selectionFolder } from './selections';
import type { SelectionFold } from './selections';

/** Depth in fields; connection plumbing does not count, and introspection is exempt (as in graphql-armor). */
const DEPTH: SelectionFold<number> = {
  empty: 0,
  combine: Math.max,
  field: (field, _definition, parent, inner) =>
    field.name.value.startsWith('__') ? 0 : inner() + (isPlumbing(field, parent) ? 0 : 1),
};

/** A rule that values each operation with `fold` and reports the operation when `check` finds a problem. */
function operationRule(
  fold: SelectionFold<number>,
  check: (value: number) => GraphQLError | undefined,
): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const value = selectionFolder(schema, context.getDocument(), fold);
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const error = check(value(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined));
        if (error !== undefined) context.reportError(error);
      },
    };
  };
}

/** Rejects operations nested deeper than `max` fields (connection plumbing and introspection not counted). */
export const maxDepthRule = (max: number): ValidationRule =>
  operationRule(DEPTH, (depth) =>
    depth > max
      ? new LimitExceededError(`The query is ${depth} levels deep; the limit is ${max}.`, 'depth', max)
      : undefined,
  );

/** The API only reads: a mutation or subscription is refused while validating, with the reason. */
export const readOnlyRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(operation: OperationDefinitionNode) {
    if (operation.operation === 'query') return;
    context.reportError(
      new GraphQLError(
        `This API is read-only: it serves query operations, not ${operation.operation}s. ` +
          'The graph is edited through the seed scripts (README, "Editing the data").',
        { nodes: operation },
      ),
    );
  },
});
