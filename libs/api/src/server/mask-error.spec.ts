import { InvalidInputError } from '@integrates/errors';
import { GraphQLError } from 'graphql';
import { INTERNAL_ERROR_MESSAGE, maskError } from './mask-error';

describe('maskError', () => {
  const located = (original: Error) => new GraphQLError(original.message, { path: ['me'], originalError: original });

  it('keeps a domain error with its code', () => {
    const reported: unknown[] = [];
    const masked = maskError(located(new InvalidInputError('Exception - Bad name')), (error) => reported.push(error));
    expect(masked.toJSON()).toEqual({ message: 'Exception - Bad name', path: ['me'], extensions: { code: 'INVALID_INPUT' } });
    expect(reported).toEqual([]);
  });

  it('masks anything else and reports the original', () => {
    const reported: unknown[] = [];
    const secret = new Error('connect ECONNREFUSED 10.0.0.7:8000');
    const masked = maskError(located(secret), (error) => reported.push(error));
    expect(masked.toJSON()).toEqual({ message: INTERNAL_ERROR_MESSAGE, path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(reported).toEqual([secret]);
  });

  it('adds the original to a masked error when details are exposed (development)', () => {
    const masked = maskError(located(new TypeError('x is undefined')), () => undefined, true);
    expect(masked.message).toBe(INTERNAL_ERROR_MESSAGE);
    expect(masked.extensions['originalError']).toMatchObject({ name: 'TypeError', message: 'x is undefined', stack: expect.stringContaining('TypeError') });
  });

  it('passes through GraphQL\'s own errors that wrap another of its own (an invalid variable value)', () => {
    const reported: unknown[] = [];
    const coercion = new GraphQLError('Value "NOPE" does not exist in "EventType" enum.');
    const variable = new GraphQLError('Variable "$eventType" got invalid value "NOPE"; Value "NOPE" does not exist in "EventType" enum.', {
      originalError: coercion,
    });
    expect(maskError(variable, (error) => reported.push(error))).toBe(variable);
    expect(reported).toEqual([]);
  });
});
