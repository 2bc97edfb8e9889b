export { loadSeeds, SeedError } from './seed-loader';
export type { SeedFileReport, SeedOptions, SeedReport } from './seed-loader';
export { listSeedFiles, SEEDS_DIR } from './seed-files';
export { describeCounters, describeFile, describeTotal } from './seed-report';
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
