import { Field, InputType, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';

/** A GraphQL type as type-graphql's type functions return it: a class, scalar or enum, or a one-item list of one. */
export type TypeRef = object;

/** A decorated class (abstract ones too, such as the Node interface). */
export type ClassRef = abstract new (...args: never[]) => object;

/** One field of a class built at start-up. */
export interface FieldDef {
  readonly name: string;
  readonly type: () => TypeRef;
  readonly nullable?: boolean;
  readonly description: string;
  /** Let graphql-js resolve the field (it calls function-valued properties, which lazy fields use). */
  readonly simple?: boolean;
}

function namedClass(name: string): ClassType {
  const cls = class {};
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}

function addFields(cls: ClassType, fields: readonly FieldDef[]): void {
  for (const field of fields) {
    Field(field.type, { nullable: field.nullable, description: field.description, simple: field.simple })(
      cls.prototype as object,
      field.name,
    );
  }
}

/**
 * An object type whose fields come from the graph model (edges and
 * connections): the decorators type-graphql would read from a hand-written
 * class, applied to a class made here. Call once per name, at import time.
 */
export function buildObjectType(name: string, description: string, fields: readonly FieldDef[]): ClassType {
  const cls = namedClass(name);
  addFields(cls, fields);
  ObjectType(name, { description, simpleResolvers: true })(cls);
  return cls;
}

/** An input type built the same way (list filters). */
export function buildInputType(name: string, description: string, fields: readonly FieldDef[]): ClassType {
  const cls = namedClass(name);
  addFields(cls, fields);
  InputType(name, { description })(cls);
  return cls;
}
