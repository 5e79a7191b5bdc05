// The runtime: wires core's decisions to the browser. It decides nothing itself: it keeps
// state, turns browser happenings into signals, asks `decide`, sets one timer for
// `nextCheckAt` and hands "show" decisions to the presenter.
import type { Scalar, Signal, Snapshot } from '@grapevine/core';
import { decide, explain, resolveMessages } from '@grapevine/core';
import { activeReferral } from '../capture/referral-capture.js';
import { createLease } from '../lease/lease.js';
import { browserStorage, createStore, reachableStorage } from '../storage/store.js';
import { captureOnPage } from './capture-step.js';
import { commands, type RuntimeHandle } from './commands.js';
import { createDelivery } from './delivery.js';
import { createEmitter, type Emitter } from './emitter.js';
import {
  debugRequested,
  deviceOf,
  resolveLocale,
  watchPageLifecycle,
  whenIdle,
} from './environment.js';
import type { GrapevineEvents } from './events.js';
import { guarded } from './guards.js';
import { createIdentities } from './identity.js';
import { randomId } from './ids.js';
import { lazyChunks, purchaseKinds } from './lazy-chunks.js';
import { ledgerSync } from './ledger-sync.js';
import { resolveOptions } from './options.js';
import { type PageState, resumePage, startPage } from './page.js';
import { CONNECTION_EVENT, PANEL_TAG } from './panel-tag.js';
import type { Presenter, ShowDecision } from './presenter.js';
import type { RuntimeDeps } from './runtime-deps.js';

export type { RuntimeDeps } from './runtime-deps.js';

import { armSensors, signalRetention } from './sensors.js';
import { buildSnapshot } from './snapshot.js';
import { initialState, ownCodesIn, type PersistedState, parseState, prune } from './state.js';
import { createCheckTimer } from './timer.js';

type SignalInput = Pick<Signal, 'type'> & Partial<Pick<Signal, 'name' | 'key' | 'props'>>;

export function createRuntime(input: unknown, deps: RuntimeDeps): RuntimeHandle {
  let events: Emitter<GrapevineEvents> | undefined;
  const report = (message: string, error?: unknown): void => {
    console.error(message, ...(error === undefined ? [] : [error]));
    events?.emit('error', { message, ...(error === undefined ? {} : { error }) });
  };
  const options = resolveOptions(input, (message) => console.error(message));
  const win = typeof window === 'undefined' ? undefined : window;
  // The observable state, kept by the npm entry (the script tag has none).
  const state = deps.state;
  state?.set({ consent: options.consent });
  if (!win) return commands({}, report);

  const emitter = createEmitter<GrapevineEvents>({
    target: win,
    dataLayer: options.dataLayer,
    report: (message, error) => console.error(message, error),
  });
  events = emitter;
  const { config } = options;
  const now = (): number => Date.now();
  const debug = options.debug || debugRequested(win.location.href);
  const retention = signalRetention(config);
  const tabId = randomId();
  let consent = options.consent;
  let traits: Record<string, Scalar> = { ...options.traits };
  let heldByOtherTab = false;
  let reserving = false;
  let destroyed = false;
  let brokenPageId: string | undefined;
  // No decision until the calls queued before start have run: a queued purchase must count.
  let starting = true;

  const store = createStore<PersistedState>({
    key: options.storageKey,
    storage: browserStorage,
    parse: parseState,
    initial: () => initialState(randomId()),
    warn: (message) => console.warn(message),
    persist: consent === 'granted',
  });
  let page: PageState = deps.page
    ? resumePage(store, win.location.href, deps.page, now())
    : startPage(store, win.location.href, now());
  const locale = (): string => resolveLocale(options.locale, win);
  const identities = createIdentities({
    now,
    timeout: options.timeout,
    report,
    changed(identity) {
      traits = { ...traits, ...identity.traits };
      sync.start(identity, consent);
      chunks.panels?.refresh();
      evaluate();
    },
  });

  const delivery = createDelivery({
    store,
    connect: () => deps.connect(options.backend, options.storageKey),
    canSend: () => consent === 'granted',
    report,
  });
  const sync = ledgerSync({ delivery, store, timeout: options.timeout, settled: () => evaluate() });
  const storage = reachableStorage();
  const lease = createLease({
    name: `${options.storageKey}:lease`,
    tabId,
    locks: win.navigator.locks,
    storage,
    events: win,
    now,
    onReleasedElsewhere: () => {
      heldByOtherTab = false;
      evaluate();
    },
  });
  const chunks = lazyChunks({
    win,
    ui: options.ui,
    loadUi: deps.loadUi,
    loadPresenter: deps.loadPresenter,
    loadPanels: deps.loadPanels,
    presenterDeps: (loadUi) => ({
      options,
      store,
      delivery,
      events: emitter,
      now,
      page: () => ({ pageId: page.pageId, sessionId: page.session.id }),
      advocateId: () => identities.current()?.id,
      loadUi,
      locale,
      advocate: identities.fresh,
      visitorId: () => store.read().visitorId,
      referralCode: () => activeReferral(store.read().referral, now())?.code,
      ownCodes: ownCodesIn(store),
      variantOf: (id) => explain(config, snapshot(), id)?.variantId ?? 'default',
      guard: (name, fn) => guarded(report, `the prompt's ${name}`, fn),
      report,
      ...(state ? { state } : {}),
      ...(deps.loadMessages ? { loadMessages: deps.loadMessages } : {}),
      onClosed: (failed) => {
        lease.release();
        // A prompt that could not show is not retried on this page: no loop on a broken chunk.
        if (failed) brokenPageId = page.pageId;
        evaluate();
      },
    }),
  });
  const timer = createCheckTimer(now, () => evaluate());
  // A programme page's `<grapevine-referral>`: the only check the loader itself makes. An
  // element announcing its connection counts as found (some DOMs call `connectedCallback`
  // before a query can see the element).
  const findPanels = (event?: Event): void => {
    if (!options.ui || chunks.panels) return;
    const announced = (event as CustomEvent<Node | undefined> | undefined)?.detail;
    if (!announced?.isConnected && !win.document.querySelector(PANEL_TAG)) return;
    chunks
      .loadPanels()
      .catch((error) => report('Grapevine: the referral panel could not load', error));
  };

  const snapshot = (): Snapshot =>
    buildSnapshot({
      now: now(),
      state: store.read(),
      page,
      url: win.location.href,
      device: deviceOf(win),
      locale: locale(),
      tabId,
      traits,
      identifiedId: identities.current()?.id,
      heldByOtherTab,
      openPromptId: chunks.presenter?.current?.campaignId,
      consent,
    });

  function evaluate(): void {
    if (destroyed || starting) return;
    const current = snapshot();
    const decision = decide(config, current);
    store.update((state) => ({ ...state, lastDecisionAt: current.now }));
    if (debug) {
      console.info(
        `Grapevine: ${decision.action}${decision.campaign ? ` ${decision.campaign.id}` : ''}`,
      );
      for (const explanation of decision.explanations) console.info(`  ${explanation.summary}`);
    }
    timer.at(decision.nextCheckAt);
    deps.onDecision?.(decision, consent);
    if (decision.action === 'schedule') chunks.prefetch(decision.campaign?.kind);
    const blocked = reserving || chunks.presenter?.current || brokenPageId === page.pageId;
    if (decision.action === 'show' && decision.campaign && !blocked && !sync.pending) {
      // Events wait: the backend chunk, outbox and request start after the prompt's paint.
      delivery.holdUntil(show(decision as ShowDecision));
    }
  }

  async function show(decision: ShowDecision): Promise<void> {
    reserving = true;
    const leasing = lease.acquire();
    if (options.ui) chunks.loadUi(decision.campaign.kind).catch(() => {}); // beside the presenter
    let shower: Presenter;
    try {
      shower = await chunks.loadPresenter(decision.campaign.kind);
    } catch (error) {
      report('Grapevine: the prompt could not load', error);
      brokenPageId = page.pageId;
      if (await leasing) lease.release();
      return;
    } finally {
      reserving = false;
    }
    const granted = await leasing;
    if (destroyed || shower.current) {
      if (granted) lease.release();
      return;
    }
    if (!granted && !heldByOtherTab) {
      // Let core weigh it: with `oneTabAtATime` (the default) it will hold back.
      heldByOtherTab = true;
      evaluate();
      return;
    }
    await shower.present(decision);
  }

  function addSignal(input: SignalInput, decideNow = true): void {
    // A new trigger asks the lease again: a holder that crashed has expired by now.
    heldByOtherTab = false;
    const signal: Signal = {
      id: randomId(),
      at: now(),
      pageId: page.pageId,
      sessionId: page.session.id,
      ...input,
    };
    store.update((state) =>
      prune({ ...state, signals: [...state.signals, signal] }, signal.at, retention),
    );
    if (decideNow) evaluate();
  }

  const capture = (): void => {
    captureOnPage({
      win,
      options: options.referral,
      store,
      delivery,
      events: emitter,
      now: now(),
      signal: (code) =>
        addSignal({ type: 'event', name: 'referral-captured', props: { code } }, false),
    });
    // The snapshot's referral changes only with its code.
    const captured = activeReferral(store.read().referral, now());
    if (captured?.code !== state?.get().referral?.code) state?.set({ referral: captured ?? null });
  };

  let disarm = (): void => {};
  const arm = (): void => {
    disarm();
    disarm = armSensors(
      win,
      config,
      (signal) => addSignal(signal),
      () => {
        page.lastActivityAt = now();
      },
      report,
    );
  };
  const stopNavigation = deps.watchNavigation(win, (href) => {
    heldByOtherTab = false;
    page = startPage(store, href, now());
    capture();
    arm();
    evaluate();
    whenIdle(win, findPanels); // after the SPA has rendered the new route
  });
  const stopLifecycle = watchPageLifecycle(win, {
    flush: () => void delivery.flush(),
    release: () => lease.release(),
  });

  const hasOutboxBacklog = (): boolean => {
    try {
      return consent === 'granted' && storage?.getItem(`${options.storageKey}:outbox`) != null;
    } catch {
      return false;
    }
  };

  const start = guarded(report, 'start', () => {
    capture();
    arm();
    findPanels();
    // `<grapevine-referral>` is defined early (by the script tag's loader, or the npm entry):
    // one added later announces itself, one removed is unmounted by the panels.
    win.document.addEventListener(CONNECTION_EVENT, findPanels);
    if (win.document.readyState === 'loading') {
      win.document.addEventListener('DOMContentLoaded', findPanels, { once: true });
    }
    // Events from earlier pages, ours or already in the outbox's queue, go out at idle; a
    // page with nothing waiting never loads the backend chunk.
    if (store.read().pending.length > 0 || hasOutboxBacklog()) {
      whenIdle(win, () => void delivery.resume());
    }
    deps.replay?.(handle);
    starting = false;
    evaluate();
  });

  const handle = commands(
    {
      identify: identities.set,
      signal(input) {
        if (input.type === 'purchase') chunks.prefetch(...purchaseKinds(config));
        addSignal(input);
      },
      purchase(event) {
        const referral = activeReferral(store.read().referral, now());
        const advocateId = identities.current()?.id;
        delivery.enqueue({
          ...event,
          locale: locale(), // emails about this order are written in it
          visitorId: store.read().visitorId,
          ...(advocateId ? { advocateId } : {}),
          ...(referral ? { referralCode: referral.code } : {}),
        });
      },
      hasPurchase: (orderId) =>
        store.read().signals.some((signal) => signal.type === 'purchase' && signal.key === orderId),
      campaign: (id) => config.campaigns.find((campaign) => campaign.id === id),
      explain: (id?: string) => sync.explain(config, snapshot(), id),
      force(campaign) {
        // A preview: no lease, no rules; the variant stays the visitor's sticky one.
        const explanation = explain(config, snapshot(), campaign.id);
        const variantId = explanation?.variantId ?? 'default';
        const variant = campaign.variants?.find((candidate) => candidate.id === variantId);
        void chunks.loadPresenter(campaign.kind).then((shower) => {
          shower.close();
          return shower.present({
            action: 'show',
            campaign,
            variantId,
            messages: resolveMessages(locale(), campaign.content, variant?.content),
            explanations: explanation ? [explanation] : [],
          });
        });
      },
      headless(method, args) {
        const fail = (message: string): void => report(message);
        if (chunks.presenter) return chunks.presenter.headless(method, args, fail);
        return fail(`Grapevine: ${method}() needs an open prompt; none is open.`);
      },
      close: () => chunks.presenter?.close(),
      setConsent(next) {
        consent = next;
        state?.set({ consent: next });
        if (next === 'granted') {
          store.persist();
          void delivery.flush();
          sync.start(identities.current(), next);
        }
        evaluate();
      },
      on(name, listener) {
        emitter.on(name, listener);
        // A `show` listener added while a prompt is open hears it: a component mounted late
        // (a route, a lazy island) still renders the prompt.
        const open = chunks.presenter?.current?.show;
        if (name === 'show' && open) {
          guarded(report, "on('show')", listener)(open);
        }
      },
      off: (name, listener) => emitter.off(name, listener),
      destroy() {
        if (destroyed) return;
        destroyed = true;
        chunks.presenter?.close();
        chunks.panels?.destroy();
        timer.stop();
        disarm();
        win.document.removeEventListener(CONNECTION_EVENT, findPanels);
        stopNavigation();
        stopLifecycle();
        lease.destroy();
        void delivery.flush().finally(() => delivery.destroy());
        emitter.clear();
      },
    },
    report,
  );
  start();
  return handle;
}
