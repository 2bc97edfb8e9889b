import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('Summit');

/** A summit of heads of state or government. Field descriptions come from the graph model. */
@ObjectType('Summit', { implements: Node, description: labelDescription('Summit'), simpleResolvers: true })
export class Summit extends Node {
  @Field(() => Int, { nullable: true, description: p('ordinal') })
  ordinal?: number;

  @Field(() => String, { nullable: true, description: p('date') })
  date?: string;

  @Field(() => String, { nullable: true, description: p('series') })
  series?: string;
}

registerEntityType('Summit', Summit);
