import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import type { GraphQLNamedType, GraphQLSchema } from 'graphql';
import { GRAPH_MODEL, nodeProperties } from '../../src/model';
import { ENTITY_SPECS } from '../../src/specs';
import { cypherDrift } from '../../src/graph/cypher-files';
import { registeredLabels } from '../../src/graphql/schema/entity-types';
import { relationFields, relationNamingProblems } from '../../src/graphql/schema/relation-fields';
import { relationEnds } from '../../src/model';
import { specProblems, unspecifiedLabels } from '../../src/specs/spec-problems';
import { buildGraphSchema, printSchemaText } from '../../src/graphql/schema/build-schema';

const ROOT = path.resolve(__dirname, '..', '..');
const SCALARS: Record<string, string> = {
  STRING: 'String',
  'STRING[]': 'String',
  INT64: 'Int',
  DOUBLE: 'Float',
  BOOLEAN: 'Boolean',
};

/** The schema covers the graph model exactly, documents everything, and its artifacts are current. */
describe('GraphQL schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphSchema();
  });

  it.each(Object.keys(GRAPH_MODEL.nodes))(
    'has an object type %s implementing Node with every property of the label',
    (label) => {
      const type = schema.getType(label);
      if (!isObjectType(type)) throw new Error(`${label} is not an object type`);
      expect(type.getInterfaces().map((i) => i.name)).toEqual(['Node']);
      const fields = type.getFields();
      expect(fields.search).toBeUndefined(); // the folded search text is the engines', not the researchers'
      expect(fields.mentionedAs).toBeUndefined(); // wording for the citation check only
      const objects: Record<string, string> = { sources: 'Source', citations: 'Citation', id: 'ID' };
      for (const [name, spec] of Object.entries(nodeProperties(label))) {
        if (name === 'search' || name === 'mentionedAs') continue;
        const field = fields[name];
        expect({ name, type: field && getNamedType(field.type).name }).toEqual({
          name,
          type: objects[name] ?? SCALARS[spec.type],
        });
      }
    },
  );

  it('has a field for every end of every relationship type, on the type at that end', () => {
    const missing: string[] = [];
    for (const end of relationEnds()) {
      const type = schema.getType(end.owner);
      const names = relationFields(end.owner).filter((f) => f.type === end.type && f.direction === end.direction);
      const covered = names.flatMap((f) => f.targets);
      if (!isObjectType(type) || names.some((f) => type.getFields()[f.name] === undefined))
        missing.push(`${end.owner} ${end.direction} ${end.type}`);
      for (const target of end.targets)
        if (!covered.includes(target)) missing.push(`${end.owner} ${end.direction} ${end.type} → ${target}`);
    }
    expect(missing).toEqual([]);
    expect(new Set(relationEnds().map((e) => e.type))).toEqual(new Set(Object.keys(GRAPH_MODEL.relationships)));
  });

  it('names every relationship deliberately and every label has a module and root queries', () => {
    expect(relationNamingProblems()).toEqual([]);
    expect(specProblems(ENTITY_SPECS)).toEqual([]);
    expect(unspecifiedLabels(ENTITY_SPECS)).toEqual([]);
    expect(registeredLabels().sort()).toEqual(Object.keys(GRAPH_MODEL.nodes).sort());
    const query = schema.getQueryType()?.getFields() ?? {};
    for (const spec of ENTITY_SPECS) {
      expect(getNamedType(query[spec.single]?.type ?? schema.getType('String')!).name).toBe(spec.label);
      expect(getNamedType(query[spec.plural]?.type ?? schema.getType('String')!).name).toBe(`${spec.label}Connection`);
    }
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const undocumented: string[] = [];
    const check = (what: string, description: string | null | undefined): void => {
      if (description == null || description.trim() === '') undocumented.push(what);
    };
    const types = Object.values(schema.getTypeMap()).filter(
      (t: GraphQLNamedType) => !t.name.startsWith('__') && !isScalarType(t),
    );
    for (const type of types) {
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('matches the committed schema/schema.graphql and generated query files (run `npm run generate`)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'schema', 'schema.graphql'), 'utf8')).toBe(printSchemaText(schema));
    expect(cypherDrift(ENTITY_SPECS)).toEqual([]);
  });

  it('has generated operations in src/generated that match tests/operations (graphql-codegen --check)', async () => {
    const bin = path.join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
    await expect(
      promisify(execFile)(process.execPath, [bin, '--config', 'codegen.yml', '--check'], { cwd: ROOT }),
    ).resolves.toBeDefined();
  });
});
