import { GraphQLError } from 'graphql';
import { AppError, ErrorCode } from '../../src/errors';
import { BadUserInputError } from '../../src/errors/request-errors';
import { formatErrorFor } from '../../src/graphql/plugins/error-masking';

const located = (original: Error): GraphQLError =>
  new GraphQLError(original.message, { path: ['cities'], originalError: original });

describe('error masking', () => {
  const mask = formatErrorFor(false);
  const expose = formatErrorFor(true);

  it('keeps expected errors as they are, without stack traces', () => {
    const error = located(new BadUserInputError('Argument "first" must be between 0 and 100; got 101.', 'first'));
    const formatted = mask(
      {
        message: error.message,
        path: ['cities'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'first', stacktrace: ['at x'] },
      },
      error,
    );
    expect(formatted).toEqual({
      message: error.message,
      path: ['cities'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('masks anything else, and shows details only when exposing errors', () => {
    const error = located(new Error('Binder exception: MATCH (n:City) ...'));
    const formatted = {
      message: error.message,
      path: ['cities'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at kuzu'] },
    };
    expect(mask(formatted, error)).toEqual({
      message: 'Unexpected error.',
      path: ['cities'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(expose(formatted, error).extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      detail: 'Binder exception: MATCH (n:City) ...',
      stacktrace: ['at kuzu'],
    });
  });

  it('keeps the code of database failures a caller can retry, with a fixed message', () => {
    const error = located(
      new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'Neo4j is unavailable: connection refused to 10.0.0.3'),
    );
    const formatted = mask({ message: error.message, extensions: {} }, error);
    expect(formatted).toMatchObject({
      message: 'The database is unavailable; try again later.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  });
});
