import { AppError } from './app-error';

/** A statement of a script failed; the whole script was rolled back. */
export class StatementError extends AppError {
  override readonly name = 'StatementError';
  constructor(
    /** 0-based index of the batch holding the failing statement. */
    readonly batchIndex: number,
    /** 0-based index of the failing statement in its batch. */
    readonly statementIndex: number,
    readonly error: AppError,
  ) {
    super(error.code, error.message, { ...error.details, batchIndex, statementIndex }, { cause: error });
  }
}
