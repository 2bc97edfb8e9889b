import { GRAPH_MODEL, NODE_PROPERTIES, endKey, relationEnds } from '../../model';
import type { GraphModel, RelationEnd } from '../../model';
import { camel, edgeFieldName, SPLIT_FIELDS } from '../inflection';

/** A relationship field of a GraphQL type. */
export interface RelationFieldSpec extends RelationEnd {
  readonly name: string;
  /** At most one relationship: a plain field plus `<name>Edge`, not a connection. */
  readonly one: boolean;
  readonly description: string;
}

function describe(end: RelationEnd, targets: readonly string[], lead: string): string {
  const others = targets.join(' or ');
  const arrow = end.direction === 'out' ? `from this ${end.owner} to ${others}` : `from ${others} to this ${end.owner}`;
  return `${lead} (\`${end.type}\` ${arrow}.)`;
}

function fieldsOfEnd(end: RelationEnd, model: GraphModel): RelationFieldSpec[] {
  const names = model.relationships[end.type]?.fields;
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
 * the model (each relationship type's `fields`) and the split ends in `inflection.ts`. Throws when two fields (or
 * a field and a property) would share a name, so a model change cannot
 * silently hide a field.
 */
export function relationFields(label: string, model: GraphModel = GRAPH_MODEL): RelationFieldSpec[] {
  const fields = relationEnds(model)
    .filter((end) => end.owner === label)
    .flatMap((end) => fieldsOfEnd(end, model));
  const taken = new Set([...Object.keys(NODE_PROPERTIES), ...Object.keys(model.nodes[label]?.properties ?? {})]);
  for (const field of fields) {
    const edgeName = edgeFieldName(field.name);
    for (const name of field.one ? [field.name, edgeName] : [field.name]) {
      if (taken.has(name))
        throw new Error(
          `GraphQL field ${label}.${name} is defined twice: rename it in the graph model or in inflection.ts`,
        );
      taken.add(name);
    }
  }
  return fields;
}

/** Model ends not fully covered by the naming tables (for the test that keeps the tables complete). */
export function relationNamingProblems(model: GraphModel = GRAPH_MODEL): string[] {
  const problems: string[] = [];
  for (const end of relationEnds(model)) {
    const split = SPLIT_FIELDS[endKey(end.owner, end.direction, end.type)];
    if (split === undefined) continue;
    const covered: readonly string[] = split.flatMap((f) => f.targets);
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
