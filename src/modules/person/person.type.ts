import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('Person');

/** A named person other than a listed officer. Field descriptions come from the graph model. */
@ObjectType('Person', { implements: Node, description: labelDescription('Person'), simpleResolvers: true })
export class Person extends Node {
  @Field(() => String, { nullable: true, description: p('title') })
  title?: string;
}

registerEntityType('Person', Person);
