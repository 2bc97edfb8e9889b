import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('Network');

/** A network of cities such as the ASCN. Field descriptions come from the graph model. */
@ObjectType('Network', { implements: Node, description: labelDescription('Network'), simpleResolvers: true })
export class Network extends Node {
  @Field(() => String, { nullable: true, description: p('established') })
  established?: string;

  @Field(() => String, { nullable: true, description: p('purpose') })
  purpose?: string;
}

registerEntityType('Network', Network);
