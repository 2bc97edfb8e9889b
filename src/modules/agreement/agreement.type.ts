import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('Agreement');

/** An agreement, MOU, partnership or funding pledge. Field descriptions come from the graph model. */
@ObjectType('Agreement', { implements: Node, description: labelDescription('Agreement'), simpleResolvers: true })
export class Agreement extends Node {
  @Field(() => String, { nullable: true, description: p('kind') })
  kind?: string;

  @Field(() => String, { nullable: true, description: p('date') })
  date?: string;

  @Field(() => Float, { nullable: true, description: p('amount') })
  amount?: number;

  @Field(() => String, { nullable: true, description: p('currency') })
  currency?: string;

  @Field(() => String, { nullable: true, description: p('purpose') })
  purpose?: string;
}

registerEntityType('Agreement', Agreement);
