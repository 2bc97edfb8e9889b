import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('Role');

/** A post defined by a network. Field descriptions come from the graph model. */
@ObjectType('Role', { implements: Node, description: labelDescription('Role'), simpleResolvers: true })
export class Role extends Node {
  @Field(() => String, { nullable: true, description: p('level') })
  level?: string;

  @Field(() => String, { nullable: true, description: p('duties') })
  duties?: string;

  @Field(() => String, { nullable: true, description: p('equivalentTo') })
  equivalentTo?: string;
}

registerEntityType('Role', Role);
