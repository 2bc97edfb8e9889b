export { runDataChecks, EXPECTED_TOTALS, ASCN_ID } from './data-checks';
export type { CheckResult, DataCheckOptions } from './data-checks';
export { describeChecks } from './check-report';
export { findNameClashes } from './name-clashes';
export type { NameClash, NamedNode } from './name-clashes';
export { locateInSeeds, describeNode, describeRelationship } from './seed-locator';
export type { SeedLocator, RelationshipSite } from './seed-locator';
