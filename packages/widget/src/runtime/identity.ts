// Who the visitor is. `identify({...})` gives a fixed identity; `identify(async () => …)` a
// callback the widget calls at once (for `audience` traits and the advocate id) and again
// whenever a prompt needs the advocate's signature and the one it has may be too old for the
// server (which refuses signatures older than 10 minutes): a pop-up shown days after the
// page was rendered still gets its link.
import type { Scalar } from '@grapevine/core';
import { withTimeout } from './guards.js';
import type { Identity } from './handle.js';

/** `identify()`'s callback form: resolves to the freshly signed customer. */
export type IdentityProvider = () => Identity | Promise<Identity>;

/** A signature younger than this is used as it is; an older one is asked for again. */
export const FRESH_FOR = 5 * 60_000;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown): value is Scalar =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** Keeps scalar props; reports the others by name. */
export function scalars(props: Record<string, unknown>, where: string, fail: (m: string) => void) {
  const kept: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(props)) {
    if (isScalar(value)) kept[key] = value;
    else fail(`${where}.${key} must be a string, number, boolean or null; ignored.`);
  }
  return kept;
}

/** The identity, checked field by field; `undefined` after `fail` named the bad field. */
export function readIdentity(
  value: unknown,
  fail: (message: string) => void,
): Identity | undefined {
  if (!isObject(value)) return void fail('identify() needs an object like { id, email }.');
  for (const key of ['id', 'email', 'name', 'signature'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') {
      return void fail(`identify(): advocate.${key} must be a string.`);
    }
  }
  const traits = isObject(value.traits) ? scalars(value.traits, 'traits', fail) : {};
  return { ...(value as Identity), traits };
}

export interface Identities {
  /** The identity known now (the callback's last answer). */
  current(): Identity | undefined;
  /** A checked identity, or a callback (asked at once). */
  set(source: Identity | IdentityProvider): void;
  /**
   * The identity to sign a request with: a fixed one as it is; the callback's answer when it
   * is younger than {@link FRESH_FOR}, else the callback is asked again. Rejects when the
   * callback throws, times out or answers something unusable.
   */
  fresh(): Promise<Identity | undefined>;
}

export function createIdentities(deps: {
  now(): number;
  /** How long the callback may take, in ms. */
  timeout: number;
  report(message: string, error?: unknown): void;
  /** A new identity is in force. */
  changed(identity: Identity): void;
}): Identities {
  let current: Identity | undefined;
  let provider: IdentityProvider | undefined;
  let asking: Promise<Identity> | undefined;

  const ask = (source: IdentityProvider): Promise<Identity> => {
    // An async wrapper: a callback that throws, or answers a bare thenable, settles it.
    asking ??= withTimeout((async () => source())(), deps.timeout)
      .then((value) => {
        // The first bad field rejects, named.
        const identity = readIdentity(value, (message) => {
          throw new TypeError(message);
        }) as Identity;
        if (provider === source) {
          current = identity;
          deps.changed(identity);
        }
        return identity;
      })
      .catch((error: unknown) => {
        deps.report('Grapevine: the identify() callback failed', error);
        throw error;
      })
      .finally(() => {
        asking = undefined;
      });
    return asking;
  };

  return {
    current: () => current,
    set(source) {
      if (typeof source === 'function') {
        provider = source;
        asking = undefined;
        ask(source).catch(() => {}); // reported by ask
        return;
      }
      provider = undefined;
      current = source;
      deps.changed(source);
    },
    async fresh() {
      const signedAt = current?.signedAt;
      if (!provider || (signedAt !== undefined && deps.now() - signedAt < FRESH_FOR)) {
        return current;
      }
      return ask(provider);
    },
  };
}
