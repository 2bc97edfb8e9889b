import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('Country');

/** A country outside ASEAN. Field descriptions come from the graph model. */
@ObjectType('Country', { implements: Node, description: labelDescription('Country'), simpleResolvers: true })
export class Country extends Node {
  @Field(() => String, { nullable: true, description: p('isoAlpha2') })
  isoAlpha2?: string;

  @Field(() => String, { nullable: true, description: p('isoAlpha3') })
  isoAlpha3?: string;
}

registerEntityType('Country', Country);
