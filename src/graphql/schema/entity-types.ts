import { Field, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { GRAPH_MODEL, nodeLabels } from '../../model';
import { graphqlTypeOf, labelDescription } from './model-fields';
import { Node } from './node.interface';

/**
 * The GraphQL object type of a label, made from the graph model: it
 * implements `Node` (the shared properties) and has one nullable field per
 * property of its own, described as the model describes it. This is the only
 * declaration of a label's fields; a field that is not a stored property is
 * a field resolver on this class (see `resolvers.ts`).
 */
function buildEntityType(label: string): ClassType {
  const cls = class extends Node {};
  Object.defineProperty(cls, 'name', { value: label });
  for (const [name, spec] of Object.entries(GRAPH_MODEL.nodes[label]?.properties ?? {})) {
    Field(() => graphqlTypeOf(spec), { nullable: true, description: spec.description })(cls.prototype, name);
  }
  ObjectType(label, { implements: Node, description: labelDescription(label), simpleResolvers: true })(cls);
  return cls;
}

// Built once, when the schema module loads: type-graphql reads decorators before it builds the schema.
// Alphabetical, so the printed schema lists the types in a stable order.
const types = new Map<string, ClassType>([...nodeLabels()].sort().map((label) => [label, buildEntityType(label)]));

/** The GraphQL class of a label; throws for a label the model lacks. */
export function entityType(label: string): ClassType {
  const type = types.get(label);
  if (type === undefined) throw new Error(`The graph model has no label ${label}`);
  return type;
}

/** Labels that have a GraphQL class (all of the model's). */
export function registeredLabels(): string[] {
  return [...types.keys()];
}
