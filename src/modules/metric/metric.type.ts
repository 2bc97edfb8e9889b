import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('Metric');

/** A figure stated by a source. Field descriptions come from the graph model. */
@ObjectType('Metric', { implements: Node, description: labelDescription('Metric'), simpleResolvers: true })
export class Metric extends Node {
  @Field(() => Float, { nullable: true, description: p('value') })
  value?: number;

  @Field(() => String, { nullable: true, description: p('unit') })
  unit?: string;

  @Field(() => String, { nullable: true, description: p('year') })
  year?: string;

  @Field(() => String, { nullable: true, description: p('qualifier') })
  qualifier?: string;
}

registerEntityType('Metric', Metric);
