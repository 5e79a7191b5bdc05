// The npm entry, kept small like the script tag's loader: it reads the wake plan the rules
// left on an earlier page view and, while nothing can change, only counts the page view.
// The rules (`npm/start-rules.ts`: core's decide, the runtime) load with `import()` the first
// time something can change: no plan or a plan that is up, a call the plan did not foresee,
// a referral link, another SPA page, a `<grapevine-referral>` element. The UI, the backend
// (`@grapevine/adapter/http`) and the outbox load after them, when a prompt or an event
// needs them.
import { stringifyJson } from '@grapevine/core';
import { type DeferredCall, deferredHandle } from './npm/deferred-handle.js';
import type { Grapevine } from './runtime/handle.js';
import { randomId } from './runtime/ids.js';
import type { GrapevineOptions } from './runtime/options.js';
import type { CountedPage } from './runtime/page.js';
import { CONNECTION_EVENT, PANEL_TAG, panelElement } from './runtime/panel-tag.js';
import { readStored, trySleep } from './runtime/sleep.js';
import { stateSignals } from './runtime/state-signals.js';
import { fingerprint } from './script/fingerprint.js';
import { watchNavigation } from './sensors/navigation.js';

/** Calls that change nothing the rules decide: they never wake them. */
const QUIET = new Set(['on', 'off', 'getSnapshot', 'subscribe']);

/** Browsers cap timeouts at 2^31-1 ms; a later wake-up simply comes early. */
const MAX_DELAY = 2_147_483_647;

/**
 * Starts Grapevine on this page: captures a referral code, watches the triggers your
 * campaigns use, and shows a prompt when `@grapevine/core` decides one is due. Never throws:
 * bad options are reported on the console and replaced by defaults. Safe to import on a
 * server; calling it there returns a handle whose methods do nothing.
 *
 * What loads when: this function is all a page view pays while nothing can change (about
 * 3 kB brotli); the rules, the UI and the HTTP backend load with `import()` when needed.
 *
 * @example
 * ```ts
 * import { createGrapevine } from '@grapevine/widget';
 *
 * const grapevine = createGrapevine({
 *   endpoint: 'https://api.example.com/grapevine',
 *   siteKey: 'pk_live_123',
 *   config, // parsed with parseConfig from '@grapevine/core/schema', e.g. on your server
 * });
 * grapevine.track('purchase', { orderId: '1001', total: 80, currency: 'EUR' });
 * ```
 */
export function createGrapevine(options?: GrapevineOptions): Grapevine {
  const report = (message: string, error: unknown): void =>
    console.error(message, ...(error === undefined ? [] : [error]));
  const win = typeof window === 'undefined' ? undefined : window;
  const raw: Partial<GrapevineOptions> =
    typeof options === 'object' && options !== null ? options : {};
  const storageKey =
    typeof raw.storageKey === 'string' && raw.storageKey ? raw.storageKey : 'grapevine:v1';
  let consent: unknown = raw.consent ?? 'granted';
  let waking = false;
  let destroyed = false;
  let page: CountedPage | undefined;
  let stopSleeping = (): void => {};
  const identities: string[] = [];
  const who = (): string => fingerprint(identities.join('\n'));

  // The plan is only good for the same options and config. The backend object and the CSP
  // nonce (new on every response) are left out, and so is the theme: it decides nothing.
  let key: string | undefined;
  try {
    const { backend, nonce, theme, ...decisive } = raw;
    key = fingerprint(stringifyJson([decisive, backend ? 1 : 0]));
  } catch {
    key = undefined; // unreadable options (a cycle): no plan, the rules run
  }

  let storage: Storage | undefined;
  try {
    storage = win?.localStorage;
  } catch {
    // Blocked: no plan can be read, the rules run.
  }
  const plan = readStored(storage, `${storageKey}:plan`);
  const now = Date.now();
  // The referral this visitor arrived with, as the rules will report it (their first
  // snapshot replaces this one).
  const arrived = readStored(storage, storageKey)?.referral as Record<string, unknown> | undefined;
  const referral =
    typeof arrived?.code === 'string' &&
    typeof arrived.capturedAt === 'number' &&
    typeof arrived.expiresAt === 'number' &&
    arrived.expiresAt > now
      ? { code: arrived.code, capturedAt: arrived.capturedAt, expiresAt: arrived.expiresAt }
      : null;

  const wake = (): void => {
    if (waking || destroyed || !win) return;
    waking = true;
    stopSleeping();
    import('./npm/start-rules.js')
      .then(({ startRules }) => {
        if (destroyed) return;
        startRules({
          options,
          storageKey,
          key,
          who,
          page,
          watchNavigation,
          replay: (handle) => deferred.attach(handle),
        });
      })
      .catch((error: unknown) => report('Grapevine could not start', error));
  };

  /** Whether a call needs the rules now; notes identities and consent on the way. */
  const needsRules = ({ method, args }: DeferredCall): boolean => {
    const [value] = args;
    if (QUIET.has(method)) return false;
    if (method === 'setConsent') {
      const changed = value !== consent;
      consent = value;
      return changed;
    }
    if (method === 'identify') {
      let seen: string;
      try {
        // A callback is unreadable: who it gives is unknown, never equal to the plan's.
        seen = typeof value === 'function' ? randomId() : stringifyJson(value);
      } catch {
        seen = randomId();
      }
      if (identities[identities.length - 1] !== seen) identities.push(seen);
      return plan?.i === 1 && plan.w !== who();
    }
    return true;
  };

  const deferred = deferredHandle(
    (call) => {
      const needed = needsRules(call);
      if (destroyed || !win) return false;
      if (waking) return true;
      if (call.method === 'destroy') {
        // Nothing runs while the rules sleep: there is nothing to stop but the watches.
        destroyed = true;
        stopSleeping();
        return false;
      }
      if (needed) wake();
      return true;
    },
    { prompt: null, step: null, referral, consent: raw.consent ?? 'granted' },
    report,
  );
  const grapevine = Object.assign(deferred.handle, { state: stateSignals(deferred.handle) });

  if (!win) return grapevine;
  // `<grapevine-referral>` is defined at once, so one added later (a `v-if`, a tab, a modal)
  // announces itself through its own `connectedCallback`, asleep or not.
  const registry = win.customElements;
  if (raw.ui !== false && registry && !registry.get(PANEL_TAG)) {
    registry.define(PANEL_TAG, panelElement());
  }
  try {
    const url = new URL(win.location.href);
    const param = typeof raw.referral?.param === 'string' ? raw.referral.param : 'ref';
    const until = plan?.u ?? Infinity;
    page =
      consent === 'granted' &&
      raw.debug !== true &&
      url.searchParams.get('grapevine_debug') !== '1' &&
      !url.searchParams.has(param)
        ? trySleep(storage, storageKey, key, plan, now)
        : undefined;
    if (page) {
      const timer =
        typeof until === 'number' && until !== Infinity
          ? setTimeout(wake, Math.min(until - now, MAX_DELAY))
          : undefined;
      // Another page of a single-page app: the rules count it and look at it.
      const stopWatching = watchNavigation(win, () => {
        page = undefined;
        wake();
      });
      stopSleeping = () => {
        clearTimeout(timer);
        stopWatching();
        win.document.removeEventListener(CONNECTION_EVENT, wake);
      };
      // A `<grapevine-referral>`, now or later, wakes the rules (which load the panel).
      if (raw.ui !== false) {
        win.document.addEventListener(CONNECTION_EVENT, wake);
        if (win.document.querySelector(PANEL_TAG)) wake();
      }
    }
  } catch (error) {
    report('Grapevine: the wake plan could not be read; the rules run', error);
    page = undefined;
  }
  if (!page) wake();
  return grapevine;
}
