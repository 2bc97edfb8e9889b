import { Kind } from 'graphql';
import type {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLNamedType,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { LimitExceededError } from '../errors';
import { fieldType, forEachField, isPlumbing } from './selections';

function depthOf(
  context: ValidationContext,
  fragments: Record<string, FragmentDefinitionNode>,
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  seen: ReadonlySet<string> = new Set(),
): number {
  let deepest = 0;
  forEachField(
    context.getSchema(),
    fragments,
    set,
    parent,
    (field, definition, at, path) => {
      if (field.name.value.startsWith('__')) return; // introspection is exempt, as in graphql-armor
      const below =
        field.selectionSet === undefined
          ? 0
          : depthOf(context, fragments, field.selectionSet, fieldType(definition), path);
      deepest = Math.max(deepest, below + (isPlumbing(field, at) ? 0 : 1));
    },
    seen,
  );
  return deepest;
}

/** Rejects operations nested deeper than `max` fields (connection plumbing and introspection not counted). */
export function maxDepthRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const d of context.getDocument().definitions)
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
      const root = context.getSchema().getRootType(operation.operation) ?? undefined;
      const depth = depthOf(context, fragments, operation.selectionSet, root);
      if (depth > max) {
        context.reportError(
          new LimitExceededError(`The query is ${depth} levels deep; the limit is ${max}.`, 'depth', max),
        );
      }
    },
  });
}

/** Rejects documents with more than `max` aliased fields or directives. */
function countingRule(max: number, limit: 'aliases' | 'directives'): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    const counter: ASTVisitor =
      limit === 'aliases'
        ? { Field: (field: FieldNode) => void (field.alias !== undefined && (count += 1)) }
        : { Directive: () => void (count += 1) };
    return {
      ...counter,
      Document: {
        leave() {
          if (count > max) {
            context.reportError(
              new LimitExceededError(`The query uses ${count} ${limit}; the limit is ${max}.`, limit, max),
            );
          }
        },
      },
    };
  };
}

/** Rejects documents with more than `max` aliased fields. */
export const maxAliasesRule = (max: number): ValidationRule => countingRule(max, 'aliases');

/** Rejects documents with more than `max` directives. */
export const maxDirectivesRule = (max: number): ValidationRule => countingRule(max, 'directives');
