import type { NonEmptyArray } from 'type-graphql';
import type { ClassRef } from './common/class-builder';
import type { EntitySpec } from './common/entity-spec';
import './agreement/agreement.type';
import './chairmanship/chairmanship.type';
import './city/city.type';
import './country/country.type';
import './framework/framework.type';
import './framework-area/framework-area.type';
import './meeting/meeting.type';
import './member-state/member-state.type';
import './metric/metric.type';
import './network/network.type';
import './officer/officer.type';
import './organization/organization.type';
import './person/person.type';
import './role/role.type';
import './source/source.type';
import './summit/summit.type';
import { AGREEMENT_SPEC, AgreementResolver } from './agreement/agreement.resolver';
import { CHAIRMANSHIP_SPEC, ChairmanshipResolver } from './chairmanship/chairmanship.resolver';
import { CITY_SPEC, CityResolver } from './city/city.resolver';
import { COUNTRY_SPEC, CountryResolver } from './country/country.resolver';
import { FRAMEWORK_SPEC, FrameworkResolver } from './framework/framework.resolver';
import { FRAMEWORK_AREA_SPEC, FrameworkAreaResolver } from './framework-area/framework-area.resolver';
import { GraphStatsResolver } from './graph/graph-stats.resolver';
import { MEETING_SPEC, MeetingResolver } from './meeting/meeting.resolver';
import { MEMBER_STATE_SPEC, MemberStateResolver } from './member-state/member-state.resolver';
import { METRIC_SPEC, MetricResolver } from './metric/metric.resolver';
import { NETWORK_SPEC, NetworkResolver } from './network/network.resolver';
import { NodeResolver } from './node/node.resolver';
import { OFFICER_SPEC, OfficerResolver } from './officer/officer.resolver';
import { ORGANIZATION_SPEC, OrganizationResolver } from './organization/organization.resolver';
import { PERSON_SPEC, PersonResolver } from './person/person.resolver';
import { ROLE_SPEC, RoleResolver } from './role/role.resolver';
import { SOURCE_SPEC, SourceResolver } from './source/source.resolver';
import { SUMMIT_SPEC, SummitResolver } from './summit/summit.resolver';

/** The root queries of every label, in schema order. */
export const ENTITY_SPECS: readonly EntitySpec[] = [
  MEMBER_STATE_SPEC,
  CITY_SPEC,
  OFFICER_SPEC,
  NETWORK_SPEC,
  CHAIRMANSHIP_SPEC,
  SUMMIT_SPEC,
  MEETING_SPEC,
  FRAMEWORK_SPEC,
  FRAMEWORK_AREA_SPEC,
  AGREEMENT_SPEC,
  ORGANIZATION_SPEC,
  PERSON_SPEC,
  ROLE_SPEC,
  COUNTRY_SPEC,
  METRIC_SPEC,
  SOURCE_SPEC,
];

/** Every resolver class of the API. */
export const RESOLVERS: NonEmptyArray<ClassRef> = [
  NodeResolver,
  GraphStatsResolver,
  MemberStateResolver,
  CityResolver,
  OfficerResolver,
  NetworkResolver,
  ChairmanshipResolver,
  SummitResolver,
  MeetingResolver,
  FrameworkResolver,
  FrameworkAreaResolver,
  AgreementResolver,
  OrganizationResolver,
  PersonResolver,
  RoleResolver,
  CountryResolver,
  MetricResolver,
  SourceResolver,
];
