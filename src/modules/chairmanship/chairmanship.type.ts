import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('Chairmanship');

/** The chair of ASEAN or the ASCN for one year. Field descriptions come from the graph model. */
@ObjectType('Chairmanship', { implements: Node, description: labelDescription('Chairmanship'), simpleResolvers: true })
export class Chairmanship extends Node {
  @Field(() => String, { nullable: true, description: p('body') })
  body?: string;

  @Field(() => Int, { nullable: true, description: p('year') })
  year?: number;

  @Field(() => String, { nullable: true, description: p('theme') })
  theme?: string;
}

registerEntityType('Chairmanship', Chairmanship);
