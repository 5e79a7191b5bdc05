// The npm entry's rules chunk, loaded by `createGrapevine` only when this page view could
// change something: the runtime (core's decide, sensors, lease, storage, capture, timers),
// the backend reached through a lazily loaded `@grapevine/adapter/http`, and after every
// decision the wake plan that lets the next page view skip this chunk.
import type { Backend } from '@grapevine/core';
import { stringifyJson } from '@grapevine/core';
import { createRuntime } from '../runtime/create-runtime.js';
import type { GrapevineHandle } from '../runtime/handle.js';
import { createStateCell, observableState } from '../runtime/observable-state.js';
import type { GrapevineOptions } from '../runtime/options.js';
import type { CountedPage } from '../runtime/page.js';
import { planFor } from '../script/wake-plan.js';
import type { watchNavigation } from '../sensors/navigation.js';

/** What `createGrapevine` hands over. */
export interface NpmRulesContext {
  options: GrapevineOptions | undefined;
  /** The runtime's localStorage key (the plan is stored beside it). */
  storageKey: string;
  /** The plan key of these options and config; `undefined`: leave no plan. */
  key: string | undefined;
  /** Fingerprint of this page's `identify()` calls so far. */
  who(): string;
  /** This page, when the loader already counted it in the session. */
  page: CountedPage | undefined;
  /** Runs the calls made before start, before the first decision. */
  replay(handle: GrapevineHandle): void;
  /** The loader's SPA watch (one copy of it on the page). */
  watchNavigation: typeof watchNavigation;
}

/** `endpoint` or `siteKey` when it is a non-empty string; else reported and left out. */
function checked(name: 'endpoint' | 'siteKey', value: unknown): string | undefined {
  if (value === undefined || (typeof value === 'string' && value !== '')) return value;
  console.error(`Grapevine: options.${name} must be a non-empty string; ignored.`);
  return undefined;
}

export function startRules(ctx: NpmRulesContext): GrapevineHandle {
  // The runtime takes a backend object; the loader, `endpoint` and `siteKey` are this entry's.
  const { backend, endpoint, siteKey, ...options } = ctx.options ?? {};
  const load = typeof backend === 'function' ? backend : undefined;
  const server = { endpoint: checked('endpoint', endpoint), siteKey: checked('siteKey', siteKey) };
  const { config } = options;
  const sound = Array.isArray(config?.campaigns) && ctx.key !== undefined;
  // The observable state is this entry's (the script tag keeps none): the runtime keeps it
  // current, the handle reads and subscribes to it.
  const state = createStateCell();
  const observable = observableState(state, (message, error) =>
    console.error(message, ...(error === undefined ? [] : [error])),
  );
  const runtime = createRuntime(load || backend === undefined ? options : { ...options, backend }, {
    state,
    loadUi: () => import('../ui/index.js'),
    loadMessages: () => import('../i18n/messages-for.js'),
    loadPresenter: () => import('../runtime/presenter.js'),
    loadPanels: () => import('../runtime/referral-panels.js'),
    watchNavigation: ctx.watchNavigation,
    ...(ctx.page ? { page: ctx.page } : {}),
    // The calls made before start run against the handle with its state (the same object
    // `startRules` returns).
    replay: (handle) => ctx.replay(Object.assign(handle, observable)),
    async connect(given, storageKey) {
      const [reached, { outboxConnection }] = await Promise.all([
        given ?? load?.() ?? httpBackend(server),
        import('../runtime/outbox-connection.js'),
      ]);
      return outboxConnection(reached, window, `${storageKey}:outbox`, (error) =>
        console.warn('Grapevine: outbox', error),
      );
    },
    onDecision(decision, consent) {
      const planKey = `${ctx.storageKey}:plan`;
      try {
        // Nothing is stored without consent: no plan then, the next page view runs the rules.
        if (!sound || !config || consent !== 'granted') window.localStorage.removeItem(planKey);
        else {
          const plan = planFor({ config, decision, key: ctx.key ?? '', who: ctx.who() });
          window.localStorage.setItem(planKey, stringifyJson(plan));
        }
      } catch {
        // Blocked or full: without a plan the next page view runs the rules.
      }
    },
  });
  return Object.assign(runtime, observable);
}

/** The HTTP backend for `endpoint` and `siteKey`, loaded with `import()` (no zod in it). */
async function httpBackend(server: {
  endpoint: string | undefined;
  siteKey: string | undefined;
}): Promise<Backend> {
  const { endpoint, siteKey } = server;
  if (!endpoint || !siteKey) {
    throw new Error('no backend: pass createGrapevine({ endpoint, siteKey }) or { backend }');
  }
  const adapter = await import('@grapevine/adapter/http');
  return adapter.httpBackend({ endpoint, siteKey });
}
