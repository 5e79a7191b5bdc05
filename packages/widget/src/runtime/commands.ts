// The host-facing surface: checks every argument (naming the bad field on the console),
// and makes sure nothing thrown inside ever reaches the host page.
import type { Campaign, Consent, Explanation, PurchaseEvent, Signal } from '@grapevine/core';
import { cutText } from '@grapevine/core';
import type { GrapevineEvents } from './events.js';
import type { GrapevineHandle, Identity } from './handle.js';
import { HEADLESS } from './headless-methods.js';
import { type IdentityProvider, isObject, readIdentity, scalars } from './identity.js';
import type { HeadlessMethod } from './presenter.js';

type SignalInput = Pick<Signal, 'type'> & Partial<Pick<Signal, 'name' | 'key' | 'props'>>;

/** What the runtime exposes to the command layer. Empty on a server: every call is a no-op. */
export interface RuntimeInternals {
  /** A checked identity, or the callback that gives one. */
  identify(identity: Identity | IdentityProvider): void;
  signal(input: SignalInput): void;
  purchase(event: Omit<PurchaseEvent, 'visitorId'>): void;
  hasPurchase(orderId: string): boolean;
  campaign(id: string): Campaign | undefined;
  explain(id?: string): Explanation[];
  /** Shows a campaign whatever the rules say (`show(id, { force: true })`). */
  force(campaign: Campaign): void;
  /** A headless outcome of the open prompt (reports when none is open); `claim`'s promise. */
  headless(method: HeadlessMethod, args: unknown[]): unknown;
  close(): void;
  setConsent(consent: Consent): void;
  on(name: keyof GrapevineEvents, listener: (detail: unknown) => void): void;
  off(name: keyof GrapevineEvents, listener: (detail: unknown) => void): void;
  destroy(): void;
}

/** The order's fields, checked; a string names the first bad field. */
function readOrder(
  props: unknown,
): Omit<PurchaseEvent, 'id' | 'at' | 'visitorId' | 'type'> | string {
  if (!isObject(props)) return 'the order must be an object';
  const { orderId, total, currency, coupon, newCustomer } = props;
  if ((typeof orderId !== 'string' && typeof orderId !== 'number') || String(orderId) === '') {
    return 'order.orderId must be a non-empty string';
  }
  if (typeof total !== 'number' || !Number.isFinite(total) || total < 0) {
    return 'order.total must be a number ≥ 0';
  }
  if (typeof currency !== 'string' || !/^[a-z]{3}$/i.test(currency)) {
    return 'order.currency must be an ISO 4217 code like "EUR"';
  }
  if (coupon !== undefined && typeof coupon !== 'string') return 'order.coupon must be a string';
  if (newCustomer !== undefined && typeof newCustomer !== 'boolean') {
    return 'order.newCustomer must be true or false';
  }
  return {
    orderId: cutText(String(orderId), 128),
    total,
    currency: currency.toUpperCase(),
    ...(coupon ? { coupon } : {}),
    ...(newCustomer === undefined ? {} : { newCustomer }),
  };
}

/** The handle as the runtime builds it; the npm entry adds the observable state. */
export type RuntimeHandle = Omit<GrapevineHandle, 'getSnapshot' | 'subscribe'>;

export function commands(
  runtime: Partial<RuntimeInternals>,
  report: (message: string, error?: unknown) => void,
): RuntimeHandle {
  const fail = (message: string): void => report(`Grapevine: ${message}`);
  const safe =
    <A extends unknown[], R>(name: string, fn: (...args: A) => R) =>
    (...args: A): R | undefined => {
      try {
        return fn(...args);
      } catch (error) {
        report(`Grapevine: ${name}() failed`, error);
        return undefined;
      }
    };
  // Each method is wrapped by `safe` under its own name (one copy of each name in the bundle).
  const methods = {
    identify: (identity: Identity | IdentityProvider) => {
      const checked = typeof identity === 'function' ? identity : readIdentity(identity, fail);
      if (checked) runtime.identify?.(checked);
    },
    track: (name: string, props?: unknown) => {
      if (typeof name !== 'string' || name === '') return fail('track() needs an event name.');
      if (name === 'purchase') {
        const order = readOrder(props);
        if (typeof order === 'string') return fail(`track('purchase'): ${order}.`);
        if (runtime.hasPurchase?.(order.orderId)) return; // the thank-you page was reloaded
        const { orderId, ...rest } = order;
        runtime.signal?.({ type: 'purchase', key: orderId, props: rest });
        runtime.purchase?.({
          type: 'purchase',
          id: cutText(`purchase-${orderId}`, 128),
          at: Date.now(),
          ...order,
        });
        return;
      }
      if (props !== undefined && !isObject(props))
        return fail(`track('${name}'): props must be an object.`);
      runtime.signal?.({ type: 'event', name, props: scalars(props ?? {}, 'props', fail) });
    },
    show: (id: string, options?: { force?: boolean }) => {
      if (!runtime.campaign) return;
      const campaign = typeof id === 'string' ? runtime.campaign(id) : undefined;
      if (!campaign) return fail(`show(): there is no campaign "${String(id)}".`);
      if (options?.force) runtime.force?.(campaign);
      else runtime.signal?.({ type: 'manual', name: id });
    },
    explain: (id?: string) => {
      if (id !== undefined && !runtime.campaign?.(id)) {
        if (runtime.campaign) fail(`explain(): there is no campaign "${String(id)}".`);
        return undefined;
      }
      const explanations = runtime.explain?.(id) ?? [];
      return id === undefined ? explanations : explanations[0];
    },
    on: (name: string, listener: unknown) => {
      if (typeof listener !== 'function') {
        fail(`on('${name}') needs a function.`);
        return () => {};
      }
      runtime.on?.(name as keyof GrapevineEvents, listener as (detail: unknown) => void);
      return () =>
        runtime.off?.(name as keyof GrapevineEvents, listener as (detail: unknown) => void);
    },
    off: (name: string, listener: unknown) =>
      runtime.off?.(name as keyof GrapevineEvents, listener as (detail: unknown) => void),
    setConsent: (consent: Consent) => {
      if (consent !== 'granted' && consent !== 'denied' && consent !== 'pending') {
        return fail('setConsent() takes "granted", "denied" or "pending".');
      }
      runtime.setConsent?.(consent);
    },
    close: () => runtime.close?.(),
    // The runtime is the rules: running as soon as it exists.
    ready: () => Promise.resolve(),
    destroy: () => runtime.destroy?.(),
  };
  const handle: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(methods)) {
    handle[name] = safe(name, fn as (...args: unknown[]) => unknown);
  }
  // Outcomes of the open prompt (headless mode): checked and recorded by the presenter chunk.
  for (const name of HEADLESS) {
    handle[name] = safe(name, (...args: unknown[]) => void runtime.headless?.(name, args));
  }
  // Resolves `undefined` whatever goes wrong: a host awaiting it never sees a rejection.
  const claim = safe('claim', (email: unknown) => runtime.headless?.('claim', [email]));
  handle.claim = (email: unknown) => Promise.resolve(claim(email));
  return handle as unknown as RuntimeHandle;
}
