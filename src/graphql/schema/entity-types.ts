import type { ClassType } from 'type-graphql';

const types = new Map<string, ClassType>();

/**
 * Records the GraphQL class of a label. Each `<entity>.type.ts` registers its
 * class, so relationship fields can name the class at the other end without
 * every module importing every other (type-graphql reads the thunk lazily).
 */
export function registerEntityType(label: string, type: ClassType): void {
  const known = types.get(label);
  if (known !== undefined && known !== type) throw new Error(`Two GraphQL classes claim the label ${label}`);
  types.set(label, type);
}

/** The GraphQL class of a label; throws for a label without a module. */
export function entityType(label: string): ClassType {
  const type = types.get(label);
  if (type === undefined) throw new Error(`No GraphQL type is registered for the label ${label}`);
  return type;
}

/** Labels that have a GraphQL class. */
export function registeredLabels(): string[] {
  return [...types.keys()];
}
