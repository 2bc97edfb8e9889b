import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('Meeting');

/** A meeting, workshop or forum. Field descriptions come from the graph model. */
@ObjectType('Meeting', { implements: Node, description: labelDescription('Meeting'), simpleResolvers: true })
export class Meeting extends Node {
  @Field(() => String, { nullable: true, description: p('kind') })
  kind?: string;

  @Field(() => String, { nullable: true, description: p('date') })
  date?: string;

  @Field(() => Boolean, { nullable: true, description: p('online') })
  online?: boolean;

  @Field(() => Int, { nullable: true, description: p('edition') })
  edition?: number;

  @Field(() => String, { nullable: true, description: p('theme') })
  theme?: string;

  @Field(() => String, { nullable: true, description: p('status') })
  status?: string;
}

registerEntityType('Meeting', Meeting);
