import { ArgsType, Field, ID, registerEnumType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { GRAPH_MODEL, NODE_PROPERTIES } from '../../model';
import { PageArgs } from '../page';
import { buildInputType } from './class-builder';
import type { FieldDef } from './class-builder';
import { buildConnectionTypes } from './connection-types';
import type { EntitySpec, FilterSpec } from '../../specs/entity-spec';
import { entityType } from './entity-types';
import { sortOrders } from '../../graph/list-query';
import { graphqlTypeOf } from './model-fields';
import { filterTypeName, orderTypeName } from '../inflection';

/** The classes behind a label's list query. */
export interface ListTypes {
  readonly connection: ClassType;
  readonly args: ClassType;
}

function filterFields(spec: EntitySpec, f: FilterSpec): FieldDef[] {
  if (f.kind === 'related') return [{ name: f.name, type: () => ID, nullable: true, description: f.description }];
  const prop = { ...NODE_PROPERTIES, ...GRAPH_MODEL.nodes[spec.label]?.properties }[f.property];
  if (prop === undefined) throw new Error(`${spec.label}.${f.property} is not in the graph model`);
  const type = (): ReturnType<typeof graphqlTypeOf> => graphqlTypeOf(prop);
  if (f.kind === 'equals') {
    const how = prop.type === 'STRING' ? ' (case-insensitive)' : '';
    return [
      {
        name: f.property,
        type,
        nullable: true,
        description: `Only nodes whose \`${f.property}\` equals this${how}: ${prop.description}`,
      },
    ];
  }
  const what = prop.type === 'STRING' ? 'a date or year (`2019`, `2019-08`, `2019-08-23`)' : 'a number';
  return [
    {
      name: `${f.property}From`,
      type,
      nullable: true,
      description: `Only nodes whose \`${f.property}\` is at least this, ${what}.`,
    },
    {
      name: `${f.property}To`,
      type,
      nullable: true,
      description: `Only nodes whose \`${f.property}\` is at most this, ${what}; \`2019\` includes every date in 2019.`,
    },
  ];
}

function orderEnum(spec: EntitySpec): Record<string, string> {
  const values: Record<string, string> = {};
  const valuesConfig: Record<string, { description: string }> = {};
  for (const o of sortOrders(spec)) {
    const key = o.value.toUpperCase();
    values[key] = o.value;
    valuesConfig[key] = {
      description: `By \`${o.property}\`, ${o.descending ? 'highest or latest first' : 'lowest or earliest first'}.`,
    };
  }
  registerEnumType(values, {
    name: orderTypeName(spec.label),
    description: `How to order a list of ${spec.label} nodes; ties are broken by id, and nodes without the key come last.`,
    valuesConfig,
  });
  return values;
}

/** Builds `<Label>Connection`, `<Label>Edge`, `<Label>Filter`, `<Label>Order` and the list arguments. */
export function buildListTypes(spec: EntitySpec): ListTypes {
  const { connection } = buildConnectionTypes(spec.label, () => entityType(spec.label), [], `${spec.label} nodes`);
  const nameContains: FieldDef = {
    name: 'nameContains',
    type: () => String,
    nullable: true,
    description: 'Only nodes whose name or one of whose aliases contains this text (case-insensitive).',
  };
  const filter = buildInputType(
    filterTypeName(spec.label),
    `Filters for the list of ${spec.label} nodes; all given filters must hold.`,
    [nameContains, ...spec.filters.flatMap((f) => filterFields(spec, f))],
  );
  const order = orderEnum(spec);
  const args = class extends PageArgs {};
  Object.defineProperty(args, 'name', { value: `${spec.label}ListArgs` });
  Field(() => filter, { nullable: true, description: 'Which nodes to list.' })(args.prototype, 'filter');
  Field(() => order, {
    nullable: true,
    defaultValue: 'name_asc',
    description: 'Order of the list; by name unless given.',
  })(args.prototype, 'orderBy');
  ArgsType()(args);
  return { connection, args };
}
