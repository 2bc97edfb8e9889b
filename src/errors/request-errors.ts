import { GraphQLError } from 'graphql';
import { ErrorCode } from '.';

/**
 * Expected failures of a GraphQL request, one class each, carrying
 * `extensions.code`. These pass error masking unchanged; anything else a
 * resolver throws is reported as "Unexpected error.".
 */

/** An argument is malformed or out of range; `extensions.argument` names it. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
  }
}

/** An id that was required does not exist; `extensions.id` holds it. */
export class NotFoundError extends GraphQLError {
  constructor(id: string) {
    super(`No node has the id "${id}".`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
  }
}

/** The operation exceeds a query limit; `extensions.limit` names it and `extensions.maximum` is the bound. */
export class LimitExceededError extends GraphQLError {
  constructor(message: string, limit: string, maximum: number) {
    super(message, { extensions: { code: ErrorCode.LIMIT_EXCEEDED, limit, maximum, http: { status: 400 } } });
  }
}
