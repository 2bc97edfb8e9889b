import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('Officer');

/** A person holding a post such as Chief Smart City Officer. Field descriptions come from the graph model. */
@ObjectType('Officer', { implements: Node, description: labelDescription('Officer'), simpleResolvers: true })
export class Officer extends Node {
  @Field(() => String, { nullable: true, description: p('role') })
  role?: string;

  @Field(() => String, { nullable: true, description: p('designation') })
  designation?: string;

  @Field(() => String, { nullable: true, description: p('organisation') })
  organisation?: string;
}

registerEntityType('Officer', Officer);
