import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { registerEntityType } from '../common/entity-types';
import { labelDescription, propertyDescriptions } from '../common/model-fields';

const p = propertyDescriptions('Organization');

/** An organisation: body, agency, company, alliance, ministry, forum. Field descriptions come from the graph model. */
@ObjectType('Organization', { implements: Node, description: labelDescription('Organization'), simpleResolvers: true })
export class Organization extends Node {
  @Field(() => String, { nullable: true, description: p('kind') })
  kind?: string;

  @Field(() => String, { nullable: true, description: p('founded') })
  founded?: string;
}

registerEntityType('Organization', Organization);
