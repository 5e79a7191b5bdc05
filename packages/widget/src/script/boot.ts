// The script tag's loader: replaces the stub with the real `grapevine()` function, reads the
// `data-*` attributes, and decides whether this page view needs the rules chunk at all. The
// wake plan the rules left behind says when they must run again; until then a page view only
// counts itself in the session. Anything the plan did not foresee wakes the rules, which
// take over the queued calls in order. Loading the script twice is harmless: the second copy
// sees `grapevine.loaded` and stops.
import { stringifyJson } from '@grapevine/core';
import { whenIdle } from '../runtime/environment.js';
import { randomId } from '../runtime/ids.js';
import { type CountedPage, nextSession } from '../runtime/page.js';
import { CONNECTION_EVENT, PANEL_TAG, panelElement } from '../runtime/panel-tag.js';
import { watchNavigation } from '../sensors/navigation.js';
import type { GrapevineGlobal, QueuedCall } from './command-queue.js';
import { initOptions } from './command-queue.js';
import { fingerprint } from './fingerprint.js';
import type { Chunks, Rules } from './rules.js';
import { readAttributes } from './script-options.js';
import type { WakePlan } from './wake-plan.js';

export type { Chunks } from './rules.js';

/** Browsers cap timeouts at 2^31-1 ms; a later wake-up simply comes early. */
const MAX_DELAY = 2_147_483_647;

type Json = Record<string, unknown> | null;

export function boot(win: Window, script: HTMLScriptElement | null, chunks: Chunks): void {
  const host = win as Window & { grapevine?: GrapevineGlobal };
  const stub = host.grapevine;
  if (stub?.loaded) return;
  const fail = (message: string): void => console.error(message);
  const queue: QueuedCall[] = Array.isArray(stub?.q) ? [...stub.q] : [];
  const { endpoint, siteKey, configId, options: attributes } = readAttributes(script);
  const options: Record<string, unknown> = { ...attributes, ...initOptions(queue) };
  const storageKey =
    typeof options.storageKey === 'string' && options.storageKey
      ? options.storageKey
      : 'grapevine:v1';
  // The plan is only good for the same config (inline text, or the remote one) and options.
  let key: string | undefined;
  let source: string | null | undefined;
  try {
    source = configId ? win.document.getElementById(configId)?.textContent : undefined;
    // A CSP nonce changes on every response and the theme decides nothing: both left out.
    const decisive = { ...options, nonce: 0, theme: 0 };
    key = fingerprint(stringifyJson([source, endpoint, siteKey, decisive]));
  } catch {
    key = undefined;
  }
  const identities: string[] = [];
  const who = (): string => fingerprint(identities.join('\n'));
  let rules: Rules | undefined;
  let waking = false;
  let page: CountedPage | undefined;
  let plan: Partial<WakePlan> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopWatching = (): void => {};
  const sleepNoMore = (): void => {
    waking = true;
    clearTimeout(timer);
    stopWatching();
  };

  let storage: Storage | undefined;
  try {
    storage = win.localStorage;
  } catch {
    // Blocked: no plan can be read, the rules run.
  }
  const read = (suffix: string): Json => {
    try {
      return JSON.parse(storage?.getItem(storageKey + suffix) ?? 'null') as Json;
    } catch {
      return null;
    }
  };

  /**
   * Fetches the prompt's chunks (presenter, the UI bundles of the kinds it may show) without
   * running them, and the adapter when events may be sent: the purchase and the prompt's
   * impression are events. The kinds come from the plan, which is only read: anything but a
   * known kind is left out.
   */
  const warm = (kinds: unknown): void => {
    // With the built-in UI, each kind's bundle carries the presenter.
    if (options.ui === false) chunks.presenter().catch(() => {});
    if (consent === 'granted') chunks.adapter().catch(() => {});
    for (const kind of ['nps', 'referral', 'friend-offer'] as const) {
      if (options.ui !== false && Array.isArray(kinds) && kinds.includes(kind)) {
        chunks.ui(kind).catch(() => {});
      }
    }
  };

  const wake = (): void => {
    if (waking) return;
    sleepNoMore();
    // What the rules will load first, loaded beside them instead: a remote config (adapter)
    // and the config check (schema), unless this very inline text was checked before.
    if (!configId) chunks.adapter().catch(() => {});
    if (!configId || read(':config')?.hash !== fingerprint(source ?? '')) {
      chunks.schema().catch(() => {});
    }
    const near = plan?.h === 1;
    chunks
      .rules()
      .then((module) =>
        module.startRules({
          win,
          endpoint,
          siteKey,
          configId,
          options,
          storageKey,
          key,
          who,
          page,
          queue,
          watchNavigation,
          chunks,
          fail,
        }),
      )
      .then((started) => {
        rules = started;
        // The rules ran the queue before deciding; these came while they started.
        for (const call of queue.splice(0)) started.run(call);
        // A trigger is armed on this page: the prompt may be needed soon.
        if (near) whenIdle(win, () => warm(plan?.n));
      })
      .catch((error: unknown) => fail(`Grapevine could not start: ${String(error)}`));
  };

  // `init` is read once, above; `on`/`off` only listen to what the rules emit; `identify`
  // matters only when the plan's campaigns depend on who the visitor is; `consent` only
  // when it changes the consent in force (a CMP may repeat it on every page).
  let consent: unknown = options.consent ?? 'granted';
  const needsRules = (call: ArrayLike<unknown>): boolean => {
    const [command, value] = Array.from(call);
    if (command === 'consent') {
      const changed = value !== consent;
      consent = value;
      return changed;
    }
    return (
      command !== 'init' &&
      command !== 'on' &&
      command !== 'off' &&
      (command !== 'identify' || (plan?.i === 1 && plan.w !== who()))
    );
  };

  const note = (call: ArrayLike<unknown>): void => {
    const [command, identity] = Array.from(call);
    if (command !== 'identify') return;
    let seen: string;
    try {
      // A callback (`identify(async () => …)`) is unreadable too: who it gives is unknown.
      seen = stringifyJson(identity) ?? randomId();
    } catch {
      seen = randomId(); // unreadable: never equal to the plan's
    }
    if (identities[identities.length - 1] !== seen) identities.push(seen);
  };

  // A purchase or `show` is what prompts follow: their chunks load beside the rules, not
  // after; the UI of what a purchase can show too (the plan's kinds; `show` names a campaign
  // the loader does not know, its UI follows the rules).
  const prompting = (call: ArrayLike<unknown>): boolean => {
    const [command, name] = Array.from(call);
    return (
      command === 'purchase' || command === 'show' || (command === 'track' && name === 'purchase')
    );
  };
  const warmFor = (call: ArrayLike<unknown>): void => {
    if (prompting(call)) warm(Array.from(call)[0] === 'show' ? [] : plan?.b);
  };

  const api: GrapevineGlobal = (command, ...args) => {
    try {
      const call: QueuedCall = [command, ...args];
      note(call);
      if (rules) return rules.run(call);
      // Nothing runs while the rules sleep: there is nothing to destroy but the loader's watch.
      if (command === 'destroy' && !waking) return sleepNoMore();
      queue.push(call);
      warmFor(call);
      if (needsRules(call)) wake();
      // Answered once the rules run it (they wake for it).
      if (command === 'explain') return new Promise((resolve) => (call.done = resolve));
    } catch (error) {
      fail(`Grapevine: grapevine('${String(command)}') failed: ${String(error)}`);
    }
    return undefined;
  };
  // A stub captured before the swap pushes onto `grapevine.q`: run those calls too.
  api.q = { push: (call: QueuedCall) => api(...(Array.from(call) as [string, ...unknown[]])) };
  api.loaded = true;
  host.grapevine = api;
  for (const call of queue) note(call);

  // Consent queued before the script (a CMP's answer) is the consent in force at start.
  for (const [command, value] of queue.map((call) => Array.from(call))) {
    if (command === 'consent') consent = value;
  }
  const now = Date.now();
  const url = new URL(win.location.href);
  const referral = options.referral as Json;
  const param = typeof referral?.param === 'string' ? referral.param : 'ref';
  const state = read('');
  plan = read(':plan') as Partial<WakePlan> | null;
  const until = plan?.u ?? Infinity;
  const asleep =
    !queue.some(needsRules) &&
    consent === 'granted' &&
    options.debug !== true &&
    url.searchParams.get('grapevine_debug') !== '1' &&
    !url.searchParams.has(param) &&
    state?.v === 1 &&
    typeof state.visitorId === 'string' &&
    [state.ledger, state.signals].every(Array.isArray) &&
    Array.isArray(state.pending) &&
    state.pending.length === 0 &&
    storage?.getItem(`${storageKey}:outbox`) == null &&
    plan?.v === 1 &&
    key !== undefined &&
    plan.k === key &&
    plan.p === undefined &&
    typeof until === 'number' &&
    now < until;

  if (asleep) {
    try {
      // The page view counts in the session even though the rules sleep.
      const session = nextSession(state.session as never, now);
      storage?.setItem(storageKey, stringifyJson({ ...state, session }));
      page = { pageId: randomId(), startedAt: now };
    } catch {
      page = undefined;
    }
    if (until !== Infinity) timer = setTimeout(wake, Math.min(until - now, MAX_DELAY));
    // Another page of a single-page app: the rules count it and look at it.
    stopWatching = watchNavigation(win, () => {
      page = undefined;
      wake();
    });
  }
  // A `<grapevine-referral>`, now or later, wakes the rules (which load the panel): the
  // element announces itself, so it is defined here, before the panels chunk exists.
  const registry = win.customElements;
  if (options.ui !== false && registry) {
    win.document.addEventListener(CONNECTION_EVENT, wake);
    if (!registry.get(PANEL_TAG)) registry.define(PANEL_TAG, panelElement());
    // Defined earlier (another copy of Grapevine): its elements announced themselves then.
    else if (win.document.querySelector(PANEL_TAG)) wake();
  }
  for (const call of queue) warmFor(call);
  // A friend landing on a referral link is shown the friend offer as soon as the rules have
  // captured the code: fetch its chunks beside the rules when the inline config has one.
  if (url.searchParams.has(param) && source?.includes('friend-offer')) warm(['friend-offer']);
  if (!asleep || !page) wake();
}
