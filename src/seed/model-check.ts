import type { ScriptStatement } from '../db';
import { maskLiterals } from '../db';
import { GRAPH_MODEL, nodeProperties, relationshipProperties } from '../model';

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
 * Checks the labels, relationship types and assigned properties of seed
 * statements against the graph model before anything runs. Kùzu rejects
 * what the model lacks but Neo4j silently accepts it, so this keeps both
 * engines equally strict.
 */
export function checkAgainstModel(statements: readonly ScriptStatement[]): ModelProblem[] {
  const problems: ModelProblem[] = [];
  statements.forEach((statement, statementIndex) => {
    const code = maskLiterals(statement.text);
    const { nodes, rels, problems: found } = bindings(code);
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
