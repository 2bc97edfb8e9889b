import { GRAPH_MODEL } from './graph-model';
import type { GraphModel } from './types';

/** Which way a relationship is read from a node: `out` from its start node, `in` from its end node. */
export type Direction = 'out' | 'in';

/** One end of a relationship type as the model allows it: which labels sit at the other end. */
export interface RelationEnd {
  readonly owner: string;
  readonly direction: Direction;
  readonly type: string;
  readonly targets: readonly string[];
}

/** `City out LOCATED_IN`: the key of one end of a relationship type. */
export const endKey = (owner: string, direction: Direction, type: string): string => `${owner} ${direction} ${type}`;

/** Every (label, direction, relationship type) the model allows, with the labels at the other end. */
export function relationEnds(model: GraphModel = GRAPH_MODEL): RelationEnd[] {
  const ends = new Map<string, { owner: string; direction: Direction; type: string; targets: string[] }>();
  const add = (owner: string, direction: Direction, type: string, target: string): void => {
    const key = endKey(owner, direction, type);
    const end = ends.get(key) ?? { owner, direction, type, targets: [] };
    if (!end.targets.includes(target)) end.targets.push(target);
    ends.set(key, end);
  };
  for (const [type, spec] of Object.entries(model.relationships)) {
    for (const [from, to] of spec.endpoints) {
      add(from, 'out', type, to);
      add(to, 'in', type, from);
    }
  }
  return [...ends.values()];
}
