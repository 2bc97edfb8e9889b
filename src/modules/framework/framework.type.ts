import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('Framework');

/** A plan, strategy, framework or report. Field descriptions come from the graph model. */
@ObjectType('Framework', { implements: Node, description: labelDescription('Framework'), simpleResolvers: true })
export class Framework extends Node {
  @Field(() => String, { nullable: true, description: p('kind') })
  kind?: string;

  @Field(() => String, { nullable: true, description: p('adopted') })
  adopted?: string;

  @Field(() => String, { nullable: true, description: p('periodStart') })
  periodStart?: string;

  @Field(() => String, { nullable: true, description: p('periodEnd') })
  periodEnd?: string;

  @Field(() => String, { nullable: true, description: p('description') })
  description?: string;
}

registerEntityType('Framework', Framework);
