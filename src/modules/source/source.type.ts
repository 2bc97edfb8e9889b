import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('Source');

/** A source document facts are cited from. Field descriptions come from the graph model. */
@ObjectType('Source', { implements: Node, description: labelDescription('Source'), simpleResolvers: true })
export class Source extends Node {
  @Field(() => String, { nullable: true, description: p('title') })
  title?: string;

  @Field(() => String, { nullable: true, description: p('kind') })
  kind?: string;

  @Field(() => String, { nullable: true, description: p('publisher') })
  publisher?: string;

  @Field(() => String, { nullable: true, description: p('date') })
  date?: string;

  @Field(() => String, { nullable: true, description: p('file') })
  file?: string;
}

registerEntityType('Source', Source);
