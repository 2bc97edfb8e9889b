import { GRAPH_MODEL, NODE_PROPERTIES } from '../../model';
import type { GraphModel } from '../../model';
import { RELATION_NAMES, SPLIT_FIELDS } from './relation-names';

export type Direction = 'out' | 'in';

/** One end of a relationship type as the model allows it: which labels sit at the other end. */
export interface RelationEnd {
  readonly owner: string;
  readonly direction: Direction;
  readonly type: string;
  readonly targets: readonly string[];
}

/** A relationship field of a GraphQL type. */
export interface RelationFieldSpec extends RelationEnd {
  readonly name: string;
  /** At most one relationship: a plain field plus `<name>Edge`, not a connection. */
  readonly one: boolean;
  readonly description: string;
}

const endKey = (owner: string, direction: Direction, type: string): string => `${owner} ${direction} ${type}`;

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

function camel(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function describe(end: RelationEnd, targets: readonly string[], lead: string): string {
  const others = targets.join(' or ');
  const arrow = end.direction === 'out' ? `from this ${end.owner} to ${others}` : `from ${others} to this ${end.owner}`;
  return `${lead} (\`${end.type}\` ${arrow}.)`;
}

function fieldsOfEnd(end: RelationEnd, model: GraphModel): RelationFieldSpec[] {
  const names = RELATION_NAMES[end.type];
  const one = names?.one === end.direction;
  const lead = model.relationships[end.type]?.description ?? '';
  const split = SPLIT_FIELDS[endKey(end.owner, end.direction, end.type)];
  const fields: RelationFieldSpec[] = (split ?? [])
    .map((f) => ({ ...f, targets: f.targets.filter((t) => end.targets.includes(t)) }))
    .filter((f) => f.targets.length > 0)
    .map((f) => ({
      ...end,
      name: f.name,
      targets: f.targets,
      one,
      description: describe(end, f.targets, f.description ?? lead),
    }));
  // Labels no split field shows (a model change the tables have not caught up with) still get a field.
  const rest = end.targets.filter((t) => !fields.some((f) => f.targets.includes(t)));
  if (rest.length > 0) {
    const name = names?.[end.direction] ?? (end.direction === 'out' ? camel(end.type) : `${camel(end.type)}From`);
    fields.push({ ...end, name, targets: rest, one, description: describe(end, rest, lead) });
  }
  return fields;
}

/**
 * The relationship fields of a label's GraphQL type, both directions, from
 * the model and the names in `relation-names.ts`. Throws when two fields (or
 * a field and a property) would share a name, so a model change cannot
 * silently hide a field.
 */
export function relationFields(label: string, model: GraphModel = GRAPH_MODEL): RelationFieldSpec[] {
  const fields = relationEnds(model)
    .filter((end) => end.owner === label)
    .flatMap((end) => fieldsOfEnd(end, model));
  const taken = new Set([...Object.keys(NODE_PROPERTIES), ...Object.keys(model.nodes[label]?.properties ?? {})]);
  for (const field of fields) {
    const edgeName = `${field.name}Edge`;
    for (const name of field.one ? [field.name, edgeName] : [field.name]) {
      if (taken.has(name))
        throw new Error(`GraphQL field ${label}.${name} is defined twice: rename it in relation-names.ts`);
      taken.add(name);
    }
  }
  return fields;
}

/** Model ends not fully covered by the naming tables (for the test that keeps the tables complete). */
export function relationNamingProblems(model: GraphModel = GRAPH_MODEL): string[] {
  const problems: string[] = [];
  for (const type of Object.keys(model.relationships)) {
    if (RELATION_NAMES[type] === undefined) problems.push(`relationship ${type} has no entry in RELATION_NAMES`);
  }
  for (const end of relationEnds(model)) {
    const split = SPLIT_FIELDS[endKey(end.owner, end.direction, end.type)];
    if (split === undefined) continue;
    const covered = split.flatMap((f) => f.targets);
    for (const target of end.targets) {
      if (!covered.includes(target))
        problems.push(`${endKey(end.owner, end.direction, end.type)} has no field for ${target}`);
    }
  }
  for (const key of Object.keys(SPLIT_FIELDS)) {
    if (!relationEnds(model).some((end) => endKey(end.owner, end.direction, end.type) === key)) {
      problems.push(`SPLIT_FIELDS names ${key}, which the model does not have`);
    }
  }
  for (const label of Object.keys(model.nodes)) {
    try {
      relationFields(label, model);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return problems;
}
