export { ErrorCode } from './codes';
export { AppError, UnreachableCaseError, messageOf } from './app-error';
export { StatementError } from './statement-error';
