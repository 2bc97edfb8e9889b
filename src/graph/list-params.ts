import { idMismatch, idPrefixOf } from '../model';
import type { ParamValue } from '../db';
import { BadUserInputError } from '../errors/request-errors';
import type { EntitySpec, FilterSpec } from '../specs/entity-spec';
import { keysetParams } from './keyset';
import type { Keyset } from './keyset';
import { filterArgumentNames, pascal, propertySpec } from './list-query';

/** A filter's values as GraphQL passes them (absent fields are undefined or null). */
export type FilterValues = Readonly<Record<string, string | number | boolean | null | undefined>>;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function typed(label: string, property: string, value: unknown): ParamValue {
  const type = propertySpec(label, property).type;
  if (type === 'STRING') return typeof value === 'string' ? value.toLowerCase() : '';
  if (type === 'BOOLEAN') return value === true;
  return typeof value === 'number' ? value : 0;
}

function rangeValue(label: string, property: string, argument: string, value: unknown): ParamValue {
  if (propertySpec(label, property).type !== 'STRING') return typeof value === 'number' ? value : 0;
  if (value == null) return '';
  if (typeof value !== 'string' || !DATE.test(value)) {
    throw new BadUserInputError(
      `Argument "filter.${argument}" must be a date like 2019, 2019-08 or 2019-08-23.`,
      `filter.${argument}`,
    );
  }
  return value;
}

function relatedValue(f: Extract<FilterSpec, { kind: 'related' }>, value: unknown): ParamValue {
  if (value == null) return '';
  if (idMismatch(value, f.label) !== undefined) {
    throw new BadUserInputError(
      `Argument "filter.${f.name}" must be a ${f.label} id like "${idPrefixOf(f.label) ?? ''}:<slug>".`,
      `filter.${f.name}`,
    );
  }
  return value as string;
}

/** Parameters of the filter part of the grouped counts (every filter switched by its `$has…` flag). */
export function filterParams(spec: EntitySpec, values: FilterValues = {}): Record<string, ParamValue> {
  const nameContains = values.nameContains;
  const params: Record<string, ParamValue> = {
    nameContains: typeof nameContains === 'string' ? nameContains.toLowerCase() : '',
  };
  for (const f of spec.filters) {
    for (const argument of filterArgumentNames(f)) {
      const value = values[argument];
      params[`has${pascal(argument)}`] = value != null;
      if (f.kind === 'equals') params[argument] = typed(spec.label, f.property, value);
      else if (f.kind === 'range') params[argument] = rangeValue(spec.label, f.property, argument, value);
      else params[argument] = relatedValue(f, value);
    }
  }
  return params;
}

/** The filters of a list and count query: which related-node filters are in use, and the parameters. */
export interface FilteredParams {
  /** The related-node filters given, in the spec's order: they choose the query file (`filteredQueryName`). */
  readonly related: string[];
  readonly params: Record<string, ParamValue>;
}

/**
 * Parameters of the list and count queries for the filters given: the file
 * for the related-node filters in use holds only their patterns, so those
 * have no `$has…` flag and the unused ones no parameter at all.
 */
export function filteredParams(spec: EntitySpec, values: FilterValues = {}): FilteredParams {
  const params = filterParams(spec, values);
  const related: string[] = [];
  for (const f of spec.filters) {
    if (f.kind !== 'related') continue;
    delete params[`has${pascal(f.name)}`];
    if (values[f.name] != null) related.push(f.name);
    else delete params[f.name];
  }
  return { related, params };
}

/** Parameters of the list query of one order (its file, `filteredQueryName`): the filter, where to start (keyset) and how many rows. */
export function listParams(
  spec: EntitySpec,
  values: FilterValues,
  order: string,
  after: Keyset | undefined,
  limit: number,
): FilteredParams {
  const { related, params } = filteredParams(spec, values);
  return { related, params: { ...params, ...keysetParams(spec, order, after), limit } };
}
