// What an entry point hands `createRuntime`: the npm entry (`createGrapevine`) and the script
// tag's rules chunk each supply their own chunk loaders and backend connection.
import type { Backend, Consent, Decision } from '@grapevine/core';
import type { watchNavigation } from '../sensors/navigation.js';
import type { RuntimeHandle } from './commands.js';
import type { Connection } from './delivery.js';
import type { StateCell } from './observable-state.js';
import type { CountedPage } from './page.js';
import type { LoadUi, UiKind } from './ui-kinds.js';

/** What an entry point supplies: how to load the lazy chunks and how to reach a backend. */
export interface RuntimeDeps {
  loadUi: LoadUi; // one prompt kind's UI, or the panel's
  /** Headless mode's copy (`../i18n/messages-for.js`); without it `show` carries the campaign's copy only. */
  loadMessages?(): Promise<typeof import('../i18n/messages-for.js')>;
  /**
   * The presenter module (`./presenter.js`): only pages that show a prompt load it. `kind`,
   * the kind about to show when the built-in UI draws it: the script tag then takes the
   * presenter from that kind's UI bundle, which carries it (one file fewer per prompt).
   */
  loadPresenter(kind?: UiKind): Promise<Pick<typeof import('./presenter.js'), 'createPresenter'>>;
  /** The `<grapevine-referral>` panels (`./referral-panels.js`): only programme pages load it. */
  loadPanels(): Promise<Pick<typeof import('./referral-panels.js'), 'createPanels'>>;
  /** Loads the backend connection; `storageKey` namespaces the outbox's own key. */
  connect(backend: Backend | undefined, storageKey: string): Promise<Connection>;
  /** This page, already counted in the stored session by the script-tag loader. */
  page?: CountedPage;
  /**
   * `sensors/navigation.ts`'s SPA watch, passed in: the script tag's loader already holds it,
   * so the rules chunk need not carry a second copy.
   */
  watchNavigation: typeof watchNavigation;
  /** The observable state the runtime keeps current (the npm entry's; the script tag has none). */
  state?: StateCell;
  /** Every decision, as made (the script tag derives its wake plan from it). */
  onDecision?(decision: Decision, consent: Consent): void;
  /** Runs the calls made before start (the script tag's queue), before the first decision. */
  replay?(handle: RuntimeHandle): void;
}
