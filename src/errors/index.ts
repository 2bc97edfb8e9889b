export { ErrorCode } from './codes';
export { AppError, UnreachableCaseError, messageOf } from './app-error';
export { mapEngineError, StatementError } from './map-engine-error';
export type { ErrorContext } from './map-engine-error';
