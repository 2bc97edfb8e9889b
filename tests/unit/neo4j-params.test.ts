import { isInt } from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { AppError, ErrorCode } from '../../src/errors';
import { toNeo4jParam, toNeo4jParams } from '../../src/db/neo4j/neo4j-params';
import { checkParameters } from '../../src/db/parameter-checks';

describe('toNeo4jParam', () => {
  it('sends integers as Neo4j integers, which SKIP and LIMIT require', () => {
    const limit = toNeo4jParam(20);
    expect(isInt(limit)).toBe(true);
    expect((limit as Integer).toNumber()).toBe(20);
    expect(isInt(toNeo4jParam(0))).toBe(true);
    expect(isInt(toNeo4jParam(-3))).toBe(true);
  });

  it('keeps fractions as floats', () => {
    expect(toNeo4jParam(1.5)).toBe(1.5);
  });

  it('keeps numbers beyond 2^53 as floats: they are no longer exact integers', () => {
    expect(toNeo4jParam(2 ** 60)).toBe(2 ** 60);
  });

  it('converts integers inside lists and maps, recursively', () => {
    const converted = toNeo4jParam({ rows: [{ id: 'city:hanoi', position: 1, share: 0.5 }], years: [2018, 2019] });
    const { rows, years } = converted as {
      rows: { position: unknown; share: unknown; id: unknown }[];
      years: unknown[];
    };
    expect(isInt(rows[0]?.position)).toBe(true);
    expect(rows[0]?.share).toBe(0.5);
    expect(rows[0]?.id).toBe('city:hanoi');
    expect(years.every((y) => isInt(y))).toBe(true);
  });

  it('leaves strings, booleans and null alone', () => {
    expect(toNeo4jParam('2018-07-08')).toBe('2018-07-08');
    expect(toNeo4jParam(true)).toBe(true);
    expect(toNeo4jParam(null)).toBeNull();
  });

  it('converts every parameter of a query', () => {
    const params = toNeo4jParams({ skip: 40, name: 'Hanoi' });
    expect(isInt(params.skip)).toBe(true);
    expect(params.name).toBe('Hanoi');
  });
});

describe('checkParameters', () => {
  const query = {
    name: 'city/page',
    text: "MATCH (c:City) WHERE c.name <> '$notParam' RETURN c.id AS id SKIP $skip LIMIT $limit",
  };

  function failure(params: Record<string, number>): AppError {
    try {
      checkParameters(query, params);
    } catch (error) {
      return error as AppError;
    }
    throw new Error('expected checkParameters to throw');
  }

  it('accepts exactly the parameters the query uses (not $words inside strings)', () => {
    expect(() => checkParameters(query, { skip: 0, limit: 20 })).not.toThrow();
  });

  it('names the query and the missing parameter', () => {
    const error = failure({ skip: 0 });
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(error.message).toContain('city/page');
    expect(error.message).toContain('$limit');
  });

  it('names the query and a parameter it does not use', () => {
    const error = failure({ skip: 0, limit: 20, notParam: 1 });
    expect(error.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(error.message).toContain('city/page');
    expect(error.message).toContain('notParam');
  });

  it('does not mistake inherited object members for parameters', () => {
    expect(() => checkParameters({ name: 'q', text: 'RETURN $constructor AS c' }, {})).toThrow(/\$constructor/);
  });
});

describe('toNeo4jParam and dates', () => {
  it('sends a Date as its ISO string, as the embedded engine does', () => {
    expect(toNeo4jParam(new Date('2020-07-17T09:30:00.000Z') as never)).toBe('2020-07-17T09:30:00.000Z');
  });
});
