import { Field, ID, InterfaceType } from 'type-graphql';
import { NODE_PROPERTIES, labelOfId } from '../../model';

const describe = (property: string): string => NODE_PROPERTIES[property]?.description ?? '';

/**
 * What every entity of the graph shares. `node(id)` and polymorphic
 * relationship fields return it; `__typename` tells the label and inline
 * fragments (`... on City { pilot }`) reach the rest. The `sources` field is
 * added by the node resolver so this file needs no entity type.
 */
@InterfaceType('Node', {
  description: 'An entity of the knowledge graph. Every entity has a stable id and cites the documents that state it.',
  resolveType: (value: { id: string }) => labelOfId(value.id),
})
export abstract class Node {
  @Field(() => ID, { description: describe('id') })
  id!: string;

  @Field(() => String, { description: describe('name') })
  name!: string;

  @Field(() => [String], { description: describe('aliases') })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: describe('note') })
  note?: string;
}
