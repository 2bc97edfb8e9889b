export { GRAPH_MODEL } from './graph-model';
export { NODE_PROPERTIES, RELATIONSHIP_PROPERTIES } from './shared-properties';
export * from './model-index';
export type * from './types';
