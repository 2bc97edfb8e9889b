import { GRAPH_MODEL } from './graph-model';
import { NODE_PROPERTIES, RELATIONSHIP_PROPERTIES } from './shared-properties';
import type { GraphModel, PropertyMap } from './types';

/** Every node label in the model. */
export function nodeLabels(model: GraphModel = GRAPH_MODEL): string[] {
  return Object.keys(model.nodes);
}

/** Every relationship type in the model. */
export function relationshipTypes(model: GraphModel = GRAPH_MODEL): string[] {
  return Object.keys(model.relationships);
}

/** All properties of a label, shared ones first. */
export function nodeProperties(label: string, model: GraphModel = GRAPH_MODEL): PropertyMap {
  const spec = model.nodes[label];
  if (spec === undefined) throw new Error(`Unknown label ${label}`);
  return { ...NODE_PROPERTIES, ...spec.properties };
}

/** All properties of a relationship type, shared ones first. */
export function relationshipProperties(type: string, model: GraphModel = GRAPH_MODEL): PropertyMap {
  const spec = model.relationships[type];
  if (spec === undefined) throw new Error(`Unknown relationship type ${type}`);
  return { ...RELATIONSHIP_PROPERTIES, ...spec.properties };
}

const labelByPrefix = new Map(Object.entries(GRAPH_MODEL.nodes).map(([label, spec]) => [spec.idPrefix, label]));

/** The label an id belongs to (`city:hanoi` → `City`), or undefined for a malformed or unknown prefix. */
export function labelOfId(id: string): string | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? labelByPrefix.get(id.slice(0, colon)) : undefined;
}

/** Id convention: `<prefix>:<slug>` where slug is lower-case letters, digits and `-`, `.`, `_`. */
export const ID_PATTERN = /^([a-z]+):([a-z0-9][a-z0-9._-]*)$/;

/** The prefix of a label's ids (`City` → `city`), or undefined for a label the model lacks. */
export const idPrefixOf = (label: string): string | undefined => GRAPH_MODEL.nodes[label]?.idPrefix;

/**
 * Why `value` is not an id of `label`: `malformed` (not `<prefix>:<slug>`) or
 * `other-label` (another label's prefix); undefined when it is one. Without
 * a label (or with one the model lacks), any well-formed id passes.
 */
export function idMismatch(value: unknown, label?: string): 'malformed' | 'other-label' | undefined {
  const match = typeof value === 'string' ? ID_PATTERN.exec(value) : null;
  if (match === null) return 'malformed';
  const prefix = label === undefined ? undefined : idPrefixOf(label);
  return prefix !== undefined && match[1] !== prefix ? 'other-label' : undefined;
}

/**
 * Checks the model is consistent: endpoints name existing labels, prefixes are
 * unique, names follow the conventions. Returns the problems found.
 */
export function validateModel(model: GraphModel = GRAPH_MODEL): string[] {
  const problems: string[] = [];
  const prefixes = new Set<string>();
  for (const [label, spec] of Object.entries(model.nodes)) {
    if (!/^[A-Z][A-Za-z]+$/.test(label)) problems.push(`label ${label} is not PascalCase`);
    if (prefixes.has(spec.idPrefix)) problems.push(`id prefix ${spec.idPrefix} is used twice`);
    prefixes.add(spec.idPrefix);
    for (const prop of Object.keys(spec.properties)) {
      if (prop in NODE_PROPERTIES) problems.push(`${label}.${prop} repeats a shared property`);
    }
  }
  for (const [type, spec] of Object.entries(model.relationships)) {
    if (!/^[A-Z][A-Z_]+$/.test(type)) problems.push(`relationship ${type} is not UPPER_SNAKE`);
    // `_type` and other names starting with `_` are the adapters' (the port's relationship type key).
    for (const prop of Object.keys(spec.properties)) {
      if (!/^[a-z][A-Za-z0-9]*$/.test(prop)) problems.push(`${type}.${prop} is not a camelCase property name`);
    }
    for (const name of [spec.fields.out, spec.fields.in]) {
      if (!/^[a-z][A-Za-z0-9]*$/.test(name))
        problems.push(`relationship ${type} has the field name ${name}, which is not camelCase`);
    }
    for (const [from, to] of spec.endpoints) {
      for (const label of [from, to]) {
        if (!(label in model.nodes)) problems.push(`relationship ${type} names unknown label ${label}`);
      }
    }
  }
  return problems;
}
