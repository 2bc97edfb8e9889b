import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('City');

/** A city: an ASCN pilot city or the place of an event. Field descriptions come from the graph model. */
@ObjectType('City', { implements: Node, description: labelDescription('City'), simpleResolvers: true })
export class City extends Node {
  @Field(() => Boolean, { nullable: true, description: p('pilot') })
  pilot?: boolean;
}

registerEntityType('City', City);
