import type { NonEmptyArray } from 'type-graphql';
import { ENTITY_SPECS } from '../../specs';
import type { ClassRef } from './class-builder';
import { entityResolver } from './entity-resolver';
import { ExplorationResolver } from './exploration.resolver';
import { GraphExportResolver, PathsExportResolver } from './export.resolver';
import { TimelineResolver } from './timeline.resolver';
import { SearchResolver } from './search.resolver';
import { GraphStatsResolver } from './graph-stats.resolver';
import { NodeResolver } from './node.resolver';

/**
 * Every resolver class of the API: `node`/`nodes` and the `sources` of every
 * entity, the graph statistics, and one class per label spec (its root
 * fields and its relationship fields, all from the model). A hand-written
 * field of one label goes here too, as a class with
 * `@Resolver(() => entityType('City'))` and a `@FieldResolver`.
 */
export const RESOLVERS: NonEmptyArray<ClassRef> = [
  NodeResolver,
  GraphStatsResolver,
  ExplorationResolver,
  GraphExportResolver,
  PathsExportResolver,
  TimelineResolver,
  SearchResolver,
  ...ENTITY_SPECS.flatMap((spec) => entityResolver(spec)),
];
