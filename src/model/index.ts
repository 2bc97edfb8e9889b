export { GRAPH_MODEL } from './graph-model';
export type { Label, PropertyOf, RelationshipType, ScalarPropertyOf } from './graph-model';
export { NODE_PROPERTIES, RELATIONSHIP_PROPERTIES } from './shared-properties';
export * from './model-index';
export { endKey, relationEnds } from './relation-ends';
export type { Direction, RelationEnd } from './relation-ends';
export type * from './types';
export { citedSourceId, parseCitation } from './citation';
export type { Citation } from './citation';
