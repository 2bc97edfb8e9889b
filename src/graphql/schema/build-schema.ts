import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { RESOLVERS } from './resolvers';

let built: Promise<GraphQLSchema> | undefined;

/**
 * The API's schema, built from the resolver classes by type-graphql. Built
 * once per process: the classes and their metadata are static, and building
 * twice would register every generated type twice.
 */
export function buildGraphSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: false, emitSchemaFile: false }).then(describeQueryType);
  return built;
}

const QUERY_DESCRIPTION =
  'The ASEAN urban knowledge graph: member states, ASCN pilot cities and their officers, summits, meetings, ' +
  'chairmanships, frameworks and agreements. Every entity and relationship cites its sources.';

/** type-graphql has no option for the root type's description: set it on a copy of the schema. */
function describeQueryType(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  if (config.query === null || config.query === undefined) return schema;
  const query = new GraphQLObjectType({ ...config.query.toConfig(), description: QUERY_DESCRIPTION });
  return new GraphQLSchema({ ...config, query, types: config.types.filter((t) => t.name !== 'Query') });
}

/** The schema as SDL (in definition order, which is stable), as committed in `schema/schema.graphql`. */
export function printSchemaText(schema: GraphQLSchema): string {
  return `${printSchema(schema)}\n`;
}
