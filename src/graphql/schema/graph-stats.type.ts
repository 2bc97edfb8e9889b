import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import { nodeLabels, relationshipTypes } from '../../model';

/** How many nodes carry one label. */
@ObjectType({ description: 'How many nodes carry one label.' })
export class LabelCount {
  @Field({ description: 'The label, which is also the GraphQL type name (City, MemberState, …).' })
  label!: string;

  @Field(() => Int, { description: 'Number of nodes with this label.' })
  count!: number;
}

/** How many relationships have one type. */
@ObjectType({ description: 'How many relationships have one type.' })
export class RelationshipTypeCount {
  @Field({ description: 'The relationship type (LOCATED_IN, SERVES, …).' })
  type!: string;

  @Field({ description: 'What the relationship means, from the graph model.' })
  description!: string;

  @Field(() => Int, { description: 'Number of relationships of this type.' })
  count!: number;
}

/** Size of the graph, per label and per relationship type. */
@ObjectType({ description: 'Size of the knowledge graph, per label and per relationship type.' })
export class GraphStats {
  @Field(() => Int, { description: 'Number of nodes.' })
  nodeCount!: number;

  @Field(() => Int, { description: 'Number of relationships.' })
  relationshipCount!: number;

  // Read by the cost limit: one item per label or type of the model.
  @Extensions({ maxItems: nodeLabels().length })
  @Field(() => [LabelCount], { description: 'Node counts, one per label of the graph model (zero included).' })
  labels!: LabelCount[];

  @Extensions({ maxItems: relationshipTypes().length })
  @Field(() => [RelationshipTypeCount], {
    description: 'Relationship counts, one per type of the graph model (zero included).',
  })
  relationshipTypes!: RelationshipTypeCount[];
}
