// Small checks on what comes from outside: backend answers and promises that may never end.
import type { AdvocateStats, Backend, FriendOffer, Referral } from '@grapevine/core';
import type { Delivery } from './delivery.js';

/** Rejects when `promise` has not settled after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

const isHttpUrl = (value: unknown): boolean => {
  try {
    return typeof value === 'string' && /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** A backend's referral is usable only with a code and an http(s) link. */
export function checkReferral(value: unknown): Referral {
  const referral = value as Partial<Referral> | null;
  if (typeof referral?.code !== 'string' || !referral.code || !isHttpUrl(referral.url)) {
    throw new TypeError('the backend returned an unusable referral (code or url)');
  }
  return referral as Referral;
}

/** A friend offer needs a code and a status; `null` (unknown code) passes. */
export function checkFriendOffer(value: unknown): FriendOffer | null {
  if (value === null) return null;
  const offer = value as Partial<FriendOffer> | undefined;
  if (typeof offer?.code !== 'string' || typeof offer.status !== 'string' || !offer.friend) {
    throw new TypeError('the backend returned an unusable friend offer');
  }
  return offer as FriendOffer;
}

/** Settles without an unhandled rejection when nobody else listens. */
export function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** Wraps `fn` so what it throws is reported, never thrown to the caller (the host, the UI). */
export function guarded<A extends unknown[], R>(
  report: (message: string, error: unknown) => void,
  name: string,
  fn: (...args: A) => R,
): (...args: A) => R | undefined {
  return (...args: A): R | undefined => {
    try {
      return fn(...args);
    } catch (error) {
      report(`Grapevine: ${name} failed`, error);
      return undefined;
    }
  };
}

/** Stats are shown only when they are an object; anything else means "no numbers". */
export function checkStats(value: unknown): AdvocateStats | null {
  return typeof value === 'object' && value !== null ? (value as AdvocateStats) : null;
}

/**
 * Asks the backend through the delivery's connection, bounded by `timeout` ms, and checks
 * the answer. Rejects (quietly) without a backend, on a transport error or a bad answer.
 */
export function callBackend<T>(
  delivery: Pick<Delivery, 'connection'>,
  timeout: number,
  call: (backend: Backend) => Promise<unknown>,
  check: (value: unknown) => T,
): Promise<T> {
  return quiet(
    withTimeout(
      delivery.connection().then((connection) => {
        if (!connection) throw new Error('no backend');
        return call(connection.backend);
      }),
      timeout,
    ).then(check),
  );
}
