import { ErrorCode } from '../../errors';
import type { AppError } from '../../errors';
import { MODEL_HINT, TIMEOUT_MESSAGE, toAppError } from '../engine-errors';
import type { ErrorContext, MappedError } from '../engine-errors';

/** Kùzu failures, by message (Kùzu has no error codes). */
function fromKuzu(raw: string): MappedError | undefined {
  let m = /Table (\w+) does not exist/.exec(raw);
  if (m) return [ErrorCode.MODEL_VIOLATION, `Unknown label or relationship type ${m[1]}: ${MODEL_HINT}`];
  m = /Cannot find property (\w+) for (\w+)/.exec(raw);
  if (m) return [ErrorCode.MODEL_VIOLATION, `Unknown property ${m[1]} on ${m[2]}: ${MODEL_HINT}`];
  m = /Found duplicated primary key value (.*?), which violates/.exec(raw);
  if (m) return [ErrorCode.CONSTRAINT_VIOLATION, `Duplicate id ${m[1]}: ids must be unique`];
  if (/Write-write conflict/.test(raw)) {
    return [
      ErrorCode.WRITE_CONFLICT,
      'The embedded database refuses to update rows that a rolled-back transaction of this process touched (a Kùzu 0.11.3 defect): restart the process and run the write again',
    ];
  }
  if (/^Parser exception/.test(raw)) {
    return [ErrorCode.INVALID_QUERY, `Cypher syntax error: ${raw.replace(/^Parser exception: /, '').split('\n')[0]}`];
  }
  if (/^Binder exception|^Catalog exception/.test(raw)) {
    return [ErrorCode.INVALID_QUERY, `Invalid Cypher: ${raw.replace(/^\w+ exception: /, '')}`];
  }
  if (/Interrupted|timeout/i.test(raw) && !/Could not set lock/.test(raw)) return [ErrorCode.TIMEOUT, TIMEOUT_MESSAGE];
  if (/Could not set lock on file/.test(raw)) {
    return [ErrorCode.DATABASE_UNAVAILABLE, 'The embedded database is locked by another process'];
  }
  if (/^Buffer manager exception/.test(raw)) {
    return [
      ErrorCode.LIMIT_EXCEEDED,
      "The answer needs more memory than the embedded database's buffer pool holds (KUZU_BUFFER_POOL_MB): ask for less (a smaller depth, a narrower filter, a smaller page) or give the server a larger pool",
    ];
  }
  if (/^(Runtime|Conversion|Overflow) exception/.test(raw)) {
    return [ErrorCode.INVALID_QUERY, raw.replace(/^\w+ exception: /, '')];
  }
  return undefined;
}

/** The one place Kùzu errors become project errors, by message (Kùzu has no error codes). */
export function mapKuzuError(error: unknown, context: ErrorContext = {}): AppError {
  return toAppError(error, fromKuzu, context);
}
