import { describe, expect, it } from 'vitest';
import { classifyDatabaseError, guarded } from '../../src/db/failures.js';
import { isDatabaseUnavailableError, isStorageFullError } from '../../src/errors.js';

const withCode = (code: string, message = 'driver error') =>
  Object.assign(new Error(message), { code });

describe('classifyDatabaseError', () => {
  it.each([
    ['ECONNREFUSED', 'unavailable'],
    ['ECONNRESET', 'unavailable'],
    ['CONNECTION_CLOSED', 'unavailable'],
    ['CONNECT_TIMEOUT', 'unavailable'],
    ['57P01', 'unavailable'], // admin shutdown
    ['57P03', 'unavailable'], // the database system is starting up
    ['08006', 'unavailable'], // connection failure
    ['53300', 'unavailable'], // too many connections
    ['53100', 'disk-full'],
    ['ENOSPC', 'disk-full'],
    ['23505', 'other'], // unique violation: a real answer, not an outage
    ['42P01', 'other'], // undefined table
  ])('%s is %s', (code, kind) => {
    const classified = classifyDatabaseError(withCode(code));
    const actual = isDatabaseUnavailableError(classified)
      ? 'unavailable'
      : isStorageFullError(classified)
        ? 'disk-full'
        : 'other';
    expect(actual).toBe(kind);
  });

  it('reads PGlite’s disk-full message', () => {
    const error = new Error('could not extend file "base/5/16428": No space left on device');
    expect(isStorageFullError(classifyDatabaseError(error))).toBe(true);
  });
});

describe('guarded', () => {
  it('fails a call past its deadline as unavailable, and cancels it', async () => {
    let cancelled = false;
    const never = new Promise<never>(() => {});
    const result = guarded(
      () => never,
      20,
      () => {
        cancelled = true;
      },
    );
    await expect(result).rejects.toSatisfy(isDatabaseUnavailableError);
    expect(cancelled).toBe(true);
  });

  it('passes results and unrelated errors through', async () => {
    await expect(guarded(async () => 42, 1000)).resolves.toBe(42);
    const unique = withCode('23505');
    await expect(guarded(() => Promise.reject(unique), 1000)).rejects.toBe(unique);
  });
});
