import { Float, Int } from 'type-graphql';
import { GRAPH_MODEL, NODE_PROPERTIES, RELATIONSHIP_PROPERTIES } from '../../model';
import type { PropertySpec } from '../../model';
import { UnreachableCaseError } from '../../errors';
import type { TypeRef } from './class-builder';

/** The GraphQL output type of a model property (lists are lists of non-null items). */
export function graphqlTypeOf(spec: PropertySpec): TypeRef {
  switch (spec.type) {
    case 'STRING':
      return String;
    case 'STRING[]':
      return [String];
    case 'INT64':
      return Int;
    case 'DOUBLE':
      return Float;
    case 'BOOLEAN':
      return Boolean;
    default:
      throw new UnreachableCaseError(spec.type);
  }
}

/** The description of a label, for its GraphQL type. */
export function labelDescription(label: string): string {
  const spec = GRAPH_MODEL.nodes[label];
  if (spec === undefined) throw new Error(`Unknown label ${label}`);
  return `${spec.description} Ids look like \`${spec.idPrefix}:<slug>\`.`;
}

/**
 * Descriptions of a label's properties, taken from the graph model so that
 * the schema and the model never tell two stories: `const p = propertyDescriptions('City'); p('pilot')`.
 */
export function propertyDescriptions(label: string): (property: string) => string {
  const props = { ...NODE_PROPERTIES, ...(GRAPH_MODEL.nodes[label]?.properties ?? {}) };
  return (property) => {
    const spec = props[property];
    if (spec === undefined) throw new Error(`${label}.${property} is not in the graph model`);
    return spec.description;
  };
}

/** A relationship type's own properties besides `sources` and `citations` (which edges resolve to objects). */
export function relationshipPropertySpecs(type: string): [string, PropertySpec][] {
  const spec = GRAPH_MODEL.relationships[type];
  if (spec === undefined) throw new Error(`Unknown relationship type ${type}`);
  return Object.entries({ ...RELATIONSHIP_PROPERTIES, ...spec.properties }).filter(
    ([name]) => name !== 'sources' && name !== 'citations',
  );
}
