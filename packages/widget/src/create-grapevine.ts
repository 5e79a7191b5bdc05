import { createRuntime } from './runtime/create-runtime.js';
import type { Grapevine } from './runtime/handle.js';
import { createStateCell, observableState } from './runtime/observable-state.js';
import type { GrapevineOptions } from './runtime/options.js';
import { PANEL_TAG, panelElement } from './runtime/panel-tag.js';
import { stateSignals } from './runtime/state-signals.js';
import { watchNavigation } from './sensors/navigation.js';

/**
 * Starts Grapevine on this page: captures a referral code, watches the triggers your
 * campaigns use, and shows a prompt when `@grapevine/core` decides one is due. Never throws:
 * bad options are reported on the console and replaced by defaults. Safe to import on a
 * server; calling it there returns a handle whose methods do nothing.
 *
 * @example
 * ```ts
 * import { createGrapevine } from '@grapevine/widget';
 * import { httpBackend } from '@grapevine/adapter';
 *
 * const grapevine = createGrapevine({
 *   backend: httpBackend({ endpoint: 'https://api.example.com', siteKey: 'pk_live_123' }),
 *   config: { campaigns },
 * });
 * grapevine.track('purchase', { orderId: '1001', total: 80, currency: 'EUR' });
 * ```
 */
const report = (message: string, error?: unknown): void =>
  console.error(message, ...(error === undefined ? [] : [error]));

export function createGrapevine(options?: GrapevineOptions): Grapevine {
  // `<grapevine-referral>` is defined before start, so one added later (a `v-if`, a tab, a
  // modal) announces itself through its own `connectedCallback` and its panel renders.
  const registry = typeof window === 'undefined' ? undefined : window.customElements;
  if (options?.ui !== false && registry && !registry.get(PANEL_TAG)) {
    registry.define(PANEL_TAG, panelElement());
  }
  const state = createStateCell();
  const handle = createRuntime(options, {
    state,
    loadUi: () => import('./ui/index.js'),
    loadMessages: () => import('./i18n/messages-for.js'),
    loadPresenter: () => import('./runtime/presenter.js'),
    loadPanels: () => import('./runtime/referral-panels.js'),
    watchNavigation,
    async connect(backend, storageKey) {
      if (!backend)
        throw new Error('no backend: pass createGrapevine({ backend }); events stay queued');
      const { outboxConnection } = await import('./runtime/outbox-connection.js');
      return outboxConnection(backend, window, `${storageKey}:outbox`, (error) =>
        console.warn('Grapevine: outbox', error),
      );
    },
  });
  const observable = observableState(state, report);
  return Object.assign(handle, observable, { state: stateSignals(observable) });
}
