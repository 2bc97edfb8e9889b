import { GRAPH_MODEL, NODE_PROPERTIES } from '../model';
import type { GraphModel } from '../model';
import type { EntitySpec, Hop } from './entity-spec';

function hopProblems(
  spec: EntitySpec,
  name: string,
  path: readonly Hop[],
  target: string,
  model: GraphModel,
): string[] {
  const problems: string[] = [];
  let at = spec.label;
  for (const h of path) {
    const rel = model.relationships[h.type];
    const pair = h.direction === 'out' ? [at, h.label] : [h.label, at];
    if (rel === undefined) problems.push(`${spec.label} filter ${name}: unknown relationship type ${h.type}`);
    else if (!rel.endpoints.some(([from, to]) => from === pair[0] && to === pair[1])) {
      problems.push(`${spec.label} filter ${name}: the model has no ${pair[0]} -[:${h.type}]-> ${pair[1]}`);
    }
    at = h.label;
  }
  if (at !== target) problems.push(`${spec.label} filter ${name}: a path ends at ${at}, not ${target}`);
  return problems;
}

/** Where entity specs name labels, properties or paths the model lacks (the generator refuses them). */
export function specProblems(specs: readonly EntitySpec[], model: GraphModel = GRAPH_MODEL): string[] {
  const problems: string[] = [];
  for (const spec of specs) {
    const node = model.nodes[spec.label];
    if (node === undefined) {
      problems.push(`entity spec for unknown label ${spec.label}`);
      continue;
    }
    // Shared scalar properties (id, name, note) count; lists such as aliases cannot be compared.
    const props = { ...NODE_PROPERTIES, ...node.properties };
    const has = (p: string): boolean => props[p] !== undefined && props[p]?.type !== 'STRING[]';
    for (const f of spec.filters) {
      if (f.kind === 'related') {
        if (f.paths.length === 0) problems.push(`${spec.label} filter ${f.name} has no path`);
        for (const path of f.paths) problems.push(...hopProblems(spec, f.name, path, f.label, model));
      } else if (!has(f.property)) {
        problems.push(`${spec.label} filter on unknown property ${f.property}`);
      } else if (f.kind === 'range' && props[f.property]?.type === 'BOOLEAN') {
        problems.push(`${spec.label} range filter on boolean ${f.property}`);
      }
    }
    for (const s of spec.sorts) if (!has(s)) problems.push(`${spec.label} sorts by unknown property ${s}`);
  }
  return problems;
}

/** Labels of the model that no entity spec covers (each needs a spec under src/specs/). */
export function unspecifiedLabels(specs: readonly EntitySpec[], model: GraphModel = GRAPH_MODEL): string[] {
  return Object.keys(model.nodes).filter((label) => !specs.some((s) => s.label === label));
}
