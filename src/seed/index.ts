export { loadSeeds, SeedError } from './seed-loader';
export type { SeedFileReport, SeedOptions, SeedReport } from './seed-loader';
export { listSeedFiles, SEEDS_DIR } from './seed-files';
export {
  DEFAULT_LIST_LIMIT,
  briefValue,
  describeChange,
  describeChanges,
  describeFile,
  describeProperty,
  describeTotal,
  listChanges,
  listsTruncated,
} from './seed-report';
export type { ListOptions } from './seed-report';
export { parseSeedStatement } from './seed-statement';
export type {
  OtherStatement,
  SeedAssignment,
  SeedNode,
  SeedNodeStatement,
  SeedRelationshipStatement,
  SeedSet,
  SeedStatement,
} from './seed-statement';
