import { AGREEMENT_SPEC } from './agreement.spec';
import { CHAIRMANSHIP_SPEC } from './chairmanship.spec';
import { CITY_SPEC } from './city.spec';
import { COUNTRY_SPEC } from './country.spec';
import type { EntitySpec } from './entity-spec';
import { FRAMEWORK_SPEC } from './framework.spec';
import { FRAMEWORK_AREA_SPEC } from './framework-area.spec';
import { MEETING_SPEC } from './meeting.spec';
import { MEMBER_STATE_SPEC } from './member-state.spec';
import { METRIC_SPEC } from './metric.spec';
import { NETWORK_SPEC } from './network.spec';
import { OFFICER_SPEC } from './officer.spec';
import { ORGANIZATION_SPEC } from './organization.spec';
import { PERSON_SPEC } from './person.spec';
import { PUBLICATION_SPEC } from './publication.spec';
import { ROLE_SPEC } from './role.spec';
import { SOURCE_SPEC } from './source.spec';
import { SUMMIT_SPEC } from './summit.spec';

export { defineSpec, filter, hop } from './entity-spec';
export type { EntitySpec, FilterOf, FilterSpec, Hop, LabelSpec } from './entity-spec';
export { specProblems } from './spec-problems';

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
  PUBLICATION_SPEC,
];
