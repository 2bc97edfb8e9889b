import { AppError, ErrorCode, StatementError } from '../errors';
import { parameterNames } from './cypher-text';
import type { ScriptStatement } from './cypher-text';
import type { CypherQuery, Params } from './port';

/**
 * Checks that the parameters given are exactly those the query uses. Either
 * mismatch is a bug in the calling code, not in the request, so it is an
 * internal error naming the query and the parameters (the same on both engines).
 */
export function checkParameters(query: CypherQuery, params: Params): void {
  const used = parameterNames(query.text);
  const missing = used.filter((name) => !Object.hasOwn(params, name));
  const extra = Object.keys(params).filter((name) => !used.includes(name));
  const problem =
    missing.length > 0
      ? `missing $${missing.join(', $')}`
      : extra.length > 0
        ? `the query does not use $${extra.join(', $')}`
        : undefined;
  if (problem !== undefined) {
    throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, `Invalid parameters for ${query.name}: ${problem}`, {
      query: query.name,
      parameters: missing.length > 0 ? missing : extra,
    });
  }
}

/**
 * Script statements are literal Cypher, runnable as they are by cypher-shell;
 * and on the embedded engine `query()` would let an unbound `$param` match every row.
 */
export function rejectScriptParameters(batches: readonly (readonly ScriptStatement[])[]): void {
  for (const [batchIndex, statements] of batches.entries()) {
    for (const [index, statement] of statements.entries()) {
      const names = parameterNames(statement.text);
      if (names.length === 0) continue;
      const cause = new AppError(
        ErrorCode.INVALID_QUERY,
        `Script statements cannot use parameters ($${names.join(', $')})`,
      );
      throw new StatementError(batchIndex, index, cause);
    }
  }
}
