import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('MemberState');

/** An ASEAN member state. Field descriptions come from the graph model. */
@ObjectType('MemberState', { implements: Node, description: labelDescription('MemberState'), simpleResolvers: true })
export class MemberState extends Node {
  @Field(() => String, { nullable: true, description: p('officialName') })
  officialName?: string;

  @Field(() => String, { nullable: true, description: p('isoAlpha2') })
  isoAlpha2?: string;

  @Field(() => String, { nullable: true, description: p('isoAlpha3') })
  isoAlpha3?: string;
}

registerEntityType('MemberState', MemberState);
