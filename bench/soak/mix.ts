import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';

/** One request of the mix, before autocannon turns it into bytes. */
export interface MixEntry {
  /** The file name without `.graphql`, or the hostile kind. */
  readonly name: string;
  readonly kind: 'legitimate' | 'hostile';
  /** The raw request body (hostile bodies need not be JSON). */
  readonly body: string;
  /** Hostile kinds that the server should refuse with a 4xx or a coded error, as opposed to answering plainly. */
  readonly expectsError: boolean;
  /** What the request is, for the report. */
  readonly description: string;
}

/** Reads every `*.graphql` of `dir`: one named operation without required variables per file. */
export function loadQueries(dir: string): MixEntry[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  if (files.length === 0) throw new Error(`no .graphql files in ${dir}`);
  return files.map((file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const operations = parse(text).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
    );
    const [operation] = operations;
    if (operations.length !== 1 || operation === undefined || operation.name === undefined) {
      throw new Error(`${file}: needs exactly one named operation`);
    }
    const required = (operation.variableDefinitions ?? []).filter(
      (v) => v.type.kind === 'NonNullType' && v.defaultValue === undefined,
    );
    if (required.length > 0) throw new Error(`${file}: variables without defaults are not supported`);
    const firstComment = /^#\s*(.*)$/m.exec(text)?.[1] ?? operation.name.value;
    return {
      name: file.replace(/\.graphql$/, ''),
      kind: 'legitimate',
      body: JSON.stringify({ query: text, operationName: operation.name.value }),
      expectsError: false,
      description: firstComment,
    };
  });
}

const graphqlBody = (query: string): string => JSON.stringify({ query });

/** `memberStates → cities → memberState → cities …`, `levels` round trips deep: past the depth limit of 8. */
function depthBomb(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i += 1) inner = `cities { nodes { memberState { ${inner} } } }`;
  return `query DepthBomb { memberStates { nodes { ${inner} } } }`;
}

/** Each fragment spreads the next twice: 2^levels selections once expanded (the tests' `fanOut`, rewritten here). */
function fragmentFanOut(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return ['query FanOut { ...F0 }', ...fragments, `fragment F${levels} on Query { __typename }`].join('\n');
}

/** The hostile requests interleaved with the mix: each should be refused cleanly or answered harmlessly. */
export function hostileRequests(): MixEntry[] {
  const hostile = (name: string, body: string, expectsError: boolean, description: string): MixEntry => ({
    name: `hostile:${name}`,
    kind: 'hostile',
    body,
    expectsError,
    description,
  });
  const cypherText = 'x\' }) MATCH (n) DETACH DELETE n RETURN 1 // \\" ; CALL db.labels()';
  return [
    hostile('invalid-json', '{"query": "{ graphStats { nodeCount } ', true, 'a JSON body cut short'),
    hostile(
      'forged-cursor',
      graphqlBody('query Forged { cities(first: 10, after: "bogus") { totalCount nodes { id } } }'),
      true,
      '`cities(after: "bogus")`',
    ),
    hostile('depth-bomb', graphqlBody(depthBomb(12)), true, 'member states → cities → member state …, 25 levels'),
    hostile(
      'fragment-fan-out',
      graphqlBody(fragmentFanOut(30)),
      true,
      'fragments spreading the next one twice, 2^30 fields expanded',
    ),
    hostile(
      'first-100000',
      graphqlBody('query Huge { cities(first: 100000) { totalCount nodes { id name } } }'),
      true,
      '`cities(first: 100000)`',
    ),
    hostile(
      'cypher-search',
      graphqlBody(`query Injection { search(text: ${JSON.stringify(cypherText)}) { totalCount nodes { id } } }`),
      false,
      'a search text that looks like Cypher (`MATCH (n) DETACH DELETE n`)',
    ),
    hostile(
      'unknown-id',
      graphqlBody('query Unknown { city(id: "city:atlantis") { id name } memberState(id: "state:zz") { id } }'),
      false,
      'lookups of ids that do not exist',
    ),
    hostile(
      'mutation',
      graphqlBody('mutation Drop { graphStats { nodeCount } }'),
      true,
      'a mutation on a read-only API',
    ),
  ];
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;

/**
 * One cycle of the traffic: every `hostileEvery`-th request is hostile, the others walk the legitimate queries
 * round-robin; the cycle is long enough that every query and every hostile kind appears equally often.
 */
export function buildSequence(
  legitimate: readonly MixEntry[],
  hostile: readonly MixEntry[],
  hostileEvery = 8,
): MixEntry[] {
  const hostileSlots = lcm(hostile.length, legitimate.length / gcd(legitimate.length, hostileEvery - 1));
  const length = hostileSlots * hostileEvery;
  const sequence: MixEntry[] = [];
  let l = 0;
  let h = 0;
  for (let i = 0; i < length; i += 1) {
    if (i % hostileEvery === hostileEvery - 1) sequence.push(hostile[h++ % hostile.length] as MixEntry);
    else sequence.push(legitimate[l++ % legitimate.length] as MixEntry);
  }
  return sequence;
}
