import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('FrameworkArea');

/** A part of a framework or a goal of a chairmanship. Field descriptions come from the graph model. */
@ObjectType('FrameworkArea', {
  implements: Node,
  description: labelDescription('FrameworkArea'),
  simpleResolvers: true,
})
export class FrameworkArea extends Node {
  @Field(() => String, { nullable: true, description: p('kind') })
  kind?: string;

  @Field(() => Int, { nullable: true, description: p('ordinal') })
  ordinal?: number;
}

registerEntityType('FrameworkArea', FrameworkArea);
