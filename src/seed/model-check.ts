import type { ScriptStatement } from '../db';
import { maskLiterals } from '../db';
import { GRAPH_MODEL, idMismatch, idPrefixOf, nodeProperties, relationshipProperties } from '../model';

const MODEL_FILE = 'src/model/graph-model.ts';

/** A statement that names something the graph model lacks. */
export interface ModelProblem {
  readonly statementIndex: number;
  readonly message: string;
}

function bindings(code: string): { nodes: Map<string, string>; rels: Map<string, string>; problems: string[] } {
  const nodes = new Map<string, string>();
  const rels = new Map<string, string>();
  const problems: string[] = [];
  for (const [, variable, label] of code.matchAll(/\(\s*(\w*)\s*:\s*(\w+)/g)) {
    if (!(label! in GRAPH_MODEL.nodes))
      problems.push(`Unknown label ${label}: add it to the graph model in ${MODEL_FILE}`);
    else if (variable) nodes.set(variable, label!);
  }
  for (const [, variable, type] of code.matchAll(/\[\s*(\w*)\s*:\s*(\w+)/g)) {
    if (!(type! in GRAPH_MODEL.relationships)) {
      problems.push(`Unknown relationship type ${type}: add it to the graph model in ${MODEL_FILE}`);
    } else if (variable) rels.set(variable, type!);
  }
  return { nodes, rels, problems };
}

/**
 * Literal ids of labelled node patterns (`(c:City {id: 'city:hanoi'})`) that
 * are not ids of that label: the prefix names the label, and the embedded
 * engine's adapter looks a node up in the table its id's prefix names, so a
 * City stored as `state:x` could never be found. `code` is `text` with its
 * literals masked (same length), so patterns are found in code and their
 * literal read from the text.
 */
function idProblems(text: string, code: string): string[] {
  const problems: string[] = [];
  for (const match of code.matchAll(/\(\s*\w*\s*:\s*(\w+)\s*\{\s*id\s*:/g)) {
    const label = match[1]!;
    const prefix = idPrefixOf(label);
    const literal = /^\s*(['"])([^'"]*)\1/.exec(text.slice(match.index + match[0].length));
    if (prefix === undefined || literal === null) continue;
    const id = literal[2]!;
    const mismatch = idMismatch(id, label);
    if (mismatch === 'malformed') {
      problems.push(
        `Id "${id}" of a ${label} is not an id: write "${prefix}:<slug>" (a slug of lower-case letters, digits, dots, dashes and underscores)`,
      );
    } else if (mismatch === 'other-label') {
      problems.push(
        `Id "${id}" of a ${label} must start with "${prefix}:", the prefix of ${label} ids in ${MODEL_FILE}`,
      );
    }
  }
  return problems;
}

/**
 * Checks the labels, relationship types, assigned properties and literal ids
 * of seed statements against the graph model before anything runs. Kùzu rejects
 * what the model lacks but Neo4j silently accepts it, so this keeps both
 * engines equally strict.
 */
export function checkAgainstModel(statements: readonly ScriptStatement[]): ModelProblem[] {
  const problems: ModelProblem[] = [];
  statements.forEach((statement, statementIndex) => {
    const code = maskLiterals(statement.text);
    const { nodes, rels, problems: found } = bindings(code);
    found.push(...idProblems(statement.text, code));
    for (const [, variable, property] of code.matchAll(/\b(\w+)\.(\w+)\s*=(?!=)/g)) {
      const label = nodes.get(variable!);
      const type = rels.get(variable!);
      const known =
        label !== undefined ? nodeProperties(label) : type !== undefined ? relationshipProperties(type) : undefined;
      if (known !== undefined && !(property! in known)) {
        found.push(`Unknown property ${property} on ${label ?? type}: add it to the graph model in ${MODEL_FILE}`);
      }
    }
    for (const message of new Set(found)) problems.push({ statementIndex, message });
  });
  return problems;
}
