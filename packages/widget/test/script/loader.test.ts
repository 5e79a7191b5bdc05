// The loader's wake decisions, page view by page view: each test plays a first page view
// (the rules run and leave a plan), then the page view under test.
import { memoryBackend } from '@grapevine/adapter';
import type { Campaign } from '@grapevine/core';
import { parseConfig } from '@grapevine/core/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as presenterModule from '../../src/runtime/presenter.js';
import * as panelsModule from '../../src/runtime/referral-panels.js';
import { boot, type Chunks } from '../../src/script/boot.js';
import type { GrapevineGlobal } from '../../src/script/command-queue.js';
import * as rulesModule from '../../src/script/rules.js';
import { directConnection } from '../runtime/harness.js';

type Host = Window & { grapevine?: GrapevineGlobal };
const host = window as Host;
const gv = (command: string, ...args: unknown[]): unknown =>
  (window as Host).grapevine?.(command, ...args);

const referral: Campaign = {
  id: 'refer',
  kind: 'referral',
  triggers: [{ type: 'purchase' }],
  frequency: { once: true },
};
const attributes = {
  'data-endpoint': 'https://api.example',
  'data-site-key': 'pk_1',
  'data-config': 'campaigns',
};

function useConfig(campaigns: unknown[]): void {
  document.body.innerHTML = `<script type="application/json" id="campaigns">${JSON.stringify({
    campaigns,
  })}</script>`;
}

/** One page view: boots the loader with chunks that record what was loaded. */
function view(options: { attributes?: Record<string, string>; queued?: unknown[][] } = {}) {
  const backend = memoryBackend();
  const mounted: string[] = [];
  const chunks: Chunks = {
    rules: vi.fn(async () => rulesModule),
    presenter: vi.fn(async () => presenterModule),
    ui: vi.fn(async () => ({
      mountPrompt(request: { campaignId: string }) {
        mounted.push(request.campaignId);
        return { destroy() {} };
      },
      mountPanel: () => ({ destroy() {} }),
      loadCatalog: async () => ({}),
      createPresenter: presenterModule.createPresenter,
      createPanels: panelsModule.createPanels,
    })),
    adapter: vi.fn(async () => ({
      backendFor: () => backend,
      connect: () => directConnection(backend),
    })),
    schema: vi.fn(async () => ({ parseConfig })),
  };
  if (options.queued) {
    host.grapevine = Object.assign(() => undefined, { q: options.queued as ArrayLike<unknown>[] });
  }
  const script = document.createElement('script');
  for (const [key, value] of Object.entries(options.attributes ?? attributes)) {
    script.setAttribute(key, value);
  }
  boot(window, script, chunks);
  return { chunks, mounted, backend };
}

const settle = async () => {
  for (let round = 0; round < 10; round += 1) await vi.advanceTimersByTimeAsync(0);
};
/** The page goes away (the next `view()` is a new page load). */
const leave = (): void => {
  gv('destroy');
  delete host.grapevine;
};
const stored = (key = 'grapevine:v1') =>
  JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, never> | null;
const session = () => stored()?.session as unknown as { id: string; pageviews: number };

/** A first page view: the rules run and leave their plan. */
async function firstView(options: Parameters<typeof view>[0] = {}) {
  localStorage.removeItem('grapevine:v1:plan');
  const first = view(options);
  await settle();
  expect(first.chunks.rules).toHaveBeenCalledTimes(1);
  expect(stored('grapevine:v1:plan')).toMatchObject({ v: 1 });
  leave();
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-22T08:00:00Z') });
  localStorage.clear();
  useConfig([referral]);
});
afterEach(() => {
  leave();
  history.replaceState(null, '', '/');
  vi.useRealTimers();
});

describe('loader: a page view with a sleeping plan', () => {
  it('loads nothing and counts the page view in the session', async () => {
    await firstView();
    const { id } = session();
    await vi.advanceTimersByTimeAsync(60_000);
    const second = view();
    await settle();
    for (const load of Object.values(second.chunks)) expect(load).not.toHaveBeenCalled();
    expect(session()).toMatchObject({ id, pageviews: 2, lastSeenAt: Date.now() });
    expect(host.grapevine?.loaded).toBe(true);
  });

  it('starts a new session after 30 minutes without a page view', async () => {
    await firstView();
    const { id } = session();
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    view();
    await settle();
    expect(session().id).not.toBe(id);
    expect(session().pageviews).toBe(1);
  });

  it('keeps init, on, off and a same-as-ever identify in the loader', async () => {
    await firstView({ queued: [['identify', { id: 'c-1' }]] });
    const second = view({
      queued: [
        ['init', { theme: {} }],
        ['identify', { id: 'c-1' }],
      ],
      attributes,
    });
    gv('on', 'shown', () => {});
    gv('off', 'shown', () => {});
    gv('identify', { id: 'c-2' }); // no campaign depends on who the visitor is
    await settle();
    // `init` options are part of the plan's key: the same init on every page keeps it.
    expect(second.chunks.rules).toHaveBeenCalledTimes(1);
  });
});

describe('loader: the plan’s key', () => {
  it('ignores a per-response CSP nonce and the theme, but not a decisive option', async () => {
    await firstView({ queued: [['init', { theme: { accent: '#000' } }]] });
    const nonce = { ...attributes, nonce: 'n-2' };
    const dark = view({ attributes: nonce, queued: [['init', { theme: { accent: '#fff' } }]] });
    await settle();
    expect(dark.chunks.rules).not.toHaveBeenCalled();
    leave();
    const danish = view({ attributes: { ...attributes, 'data-locale': 'da' } });
    expect(danish.chunks.rules).toHaveBeenCalledTimes(1);
  });
});

describe('loader: what wakes the rules', () => {
  it('a purchase: the prompt shows, the page view is not counted twice', async () => {
    await firstView();
    const second = view();
    await settle();
    expect(second.chunks.rules).not.toHaveBeenCalled();
    gv('on', 'shown', () => {});
    gv('purchase', { orderId: 'A1', total: 30, currency: 'EUR' });
    // The prompt's chunks (and the adapter, for the purchase event) load beside the rules,
    // not after them; the config was checked on the first page view: no schema. Only the UI
    // of what the plan says a purchase can show, the referral prompt's, which carries the
    // presenter: the presenter alone is not fetched.
    expect(second.chunks.presenter).not.toHaveBeenCalled();
    expect(vi.mocked(second.chunks.ui).mock.calls).toEqual([['referral']]);
    expect(second.chunks.adapter).toHaveBeenCalled();
    await settle();
    expect(second.chunks.rules).toHaveBeenCalledTimes(1);
    expect(second.chunks.schema).not.toHaveBeenCalled();
    expect(second.mounted).toEqual(['refer']);
    expect(session().pageviews).toBe(2);
  });

  it('any other command (track, show, explain, consent, dismiss)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'info').mockImplementation(() => {}); // explain's answer
    for (const call of [['track', 'signup'], ['show', 'refer'], ['explain'], ['dismiss']]) {
      await firstView();
      const next = view();
      gv(...(call as [string]));
      await settle();
      expect(next.chunks.rules, String(call[0])).toHaveBeenCalledTimes(1);
      leave();
    }
    // The rules answered the headless call (no prompt is open): it reached them.
    expect(error).toHaveBeenCalledWith(expect.stringContaining('dismiss() needs an open prompt'));
  });

  it('explain() asked while the rules sleep: they wake and answer its promise and callback', async () => {
    await firstView();
    const next = view();
    const callback = vi.fn();
    const answer = gv('explain', 'refer', callback) as Promise<unknown>;
    const all = gv('explain') as Promise<unknown>;
    expect(answer).toBeInstanceOf(Promise);
    await settle();
    expect(next.chunks.rules).toHaveBeenCalledTimes(1);
    const explanation = expect.objectContaining({ campaignId: 'refer' });
    await expect(answer).resolves.toEqual(explanation);
    await expect(all).resolves.toEqual([explanation]);
    expect(callback).toHaveBeenCalledWith(explanation);
    // Awake, the same: a promise, and the callback (also as the only argument).
    const only = vi.fn();
    await expect(gv('explain', only)).resolves.toEqual([explanation]);
    expect(only).toHaveBeenCalledWith([explanation]);
    await expect(gv('explain', 'refer')).resolves.toEqual(explanation);
  });

  it('explain() queued by the stub before the script: the callback gets the answer', async () => {
    await firstView();
    const callback = vi.fn();
    view({ queued: [['explain', 'refer', callback]] });
    await settle();
    expect(callback).toHaveBeenCalledWith(expect.objectContaining({ campaignId: 'refer' }));
  });

  it('a throwing explain() callback is reported, not thrown', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    view();
    await settle();
    const answer = gv('explain', 'refer', () => {
      throw new Error('oops');
    });
    await expect(answer).resolves.toEqual(expect.objectContaining({ campaignId: 'refer' }));
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('the explain() callback failed: Error: oops'),
    );
    error.mockRestore();
  });

  it('consent that changes, not consent repeated (a CMP calls it on every page)', async () => {
    const pending = { ...attributes, 'data-consent': 'pending' };
    await firstView({ attributes: pending, queued: [['consent', 'granted']] });
    const repeated = view({ attributes: pending, queued: [['consent', 'granted']] });
    gv('consent', 'granted');
    await settle();
    expect(repeated.chunks.rules).not.toHaveBeenCalled();
    gv('consent', 'denied');
    await settle();
    expect(repeated.chunks.rules).toHaveBeenCalledTimes(1);
    leave();
    await firstView();
    const queued = view({ queued: [['consent', 'pending']] });
    expect(queued.chunks.rules).toHaveBeenCalledTimes(1);
  });

  it('identify with another advocate when campaigns depend on traits', async () => {
    useConfig([{ ...referral, audience: { trait: 'plan', op: '=', value: 'pro' } }]);
    await firstView({ queued: [['identify', { id: 'c-1', traits: { plan: 'free' } }]] });
    expect(stored('grapevine:v1:plan')).toMatchObject({ i: 1 });
    const same = view({ queued: [['identify', { id: 'c-1', traits: { plan: 'free' } }]] });
    await settle();
    expect(same.chunks.rules).not.toHaveBeenCalled();
    gv('identify', { id: 'c-1', traits: { plan: 'pro' } });
    await settle();
    expect(same.chunks.rules).toHaveBeenCalledTimes(1);
  });

  it('the plan’s time: due at load, or due while the page is open', async () => {
    const snoozable = {
      id: 'nps',
      kind: 'nps',
      triggers: [{ type: 'purchase', scope: { persistFor: 30 * 86_400_000 }, after: 60_000 }],
    };
    useConfig([snoozable]);
    const first = view();
    gv('purchase', { orderId: 'A1', total: 30, currency: 'EUR' });
    await settle();
    expect(first.mounted).toEqual([]);
    const { u } = stored('grapevine:v1:plan') ?? {};
    expect(u).toBe(Date.now() + 60_000);
    leave();
    const open = view();
    await settle();
    expect(open.chunks.rules).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60_000);
    await settle();
    expect(open.chunks.rules).toHaveBeenCalledTimes(1);
    expect(open.mounted).toEqual(['nps']);
    leave();
    localStorage.setItem(
      'grapevine:v1:plan',
      JSON.stringify({ ...stored('grapevine:v1:plan'), u: Date.now() }),
    );
    const due = view();
    expect(due.chunks.rules).toHaveBeenCalledTimes(1);
  });

  it('a plan that says page views matter (a page-level trigger)', async () => {
    useConfig([{ id: 'nps', kind: 'nps', triggers: [{ type: 'time-on-page', duration: 30_000 }] }]);
    await firstView();
    const second = view();
    expect(second.chunks.rules).toHaveBeenCalledTimes(1);
    await settle();
    await vi.advanceTimersByTimeAsync(100);
    // The prompt is near: the prompt and UI chunks are warmed at idle, before the trigger.
    expect(second.mounted).toEqual([]);
    expect(second.chunks.presenter).not.toHaveBeenCalled(); // in the NPS UI bundle
    expect(vi.mocked(second.chunks.ui).mock.calls).toEqual([['nps']]);
    await vi.advanceTimersByTimeAsync(30_000);
    await settle();
    expect(second.mounted).toEqual(['nps']);
  });

  it('no plan, a corrupt plan, an unknown version, an edited config', async () => {
    const plans = ['{nope', JSON.stringify({ v: 2 }), null];
    for (const plan of plans) {
      await firstView();
      if (plan === null) localStorage.removeItem('grapevine:v1:plan');
      else localStorage.setItem('grapevine:v1:plan', plan);
      expect(view().chunks.rules, String(plan)).toHaveBeenCalledTimes(1);
      leave();
    }
    await firstView();
    useConfig([{ ...referral, id: 'refer-2' }]);
    expect(view().chunks.rules).toHaveBeenCalledTimes(1);
  });

  it('the capture parameter in the URL (default and data-ref-param)', async () => {
    await firstView();
    history.replaceState(null, '', '/?ref=ANNA-7K2');
    expect(view().chunks.rules).toHaveBeenCalledTimes(1);
    await settle();
    expect(stored()?.referral).toMatchObject({ code: 'ANNA-7K2' });
    leave();
    const custom = { ...attributes, 'data-ref-param': 'friend' };
    await firstView({ attributes: custom });
    history.replaceState(null, '', '/?friend=BO-1');
    expect(view({ attributes: custom }).chunks.rules).toHaveBeenCalledTimes(1);
  });

  it('a referral link with a friend offer in the config: its chunks load beside the rules', () => {
    history.replaceState(null, '', '/?ref=ANNA-7K2');
    const landing = view();
    // No friend offer configured: nothing to show yet, only the rules.
    expect(landing.chunks.presenter).not.toHaveBeenCalled();
    leave();
    useConfig([
      {
        id: 'welcome',
        kind: 'friend-offer',
        triggers: [{ type: 'event', name: 'referral-captured' }],
      },
    ]);
    const friend = view();
    expect(friend.chunks.rules).toHaveBeenCalledTimes(1);
    expect(vi.mocked(friend.chunks.ui).mock.calls).toEqual([['friend-offer']]);
    expect(friend.chunks.schema).toHaveBeenCalled(); // a first visit: the config is checked
  });

  it('warms only known UI kinds from the stored plan (it is read, not trusted)', async () => {
    await firstView();
    const plan = { ...stored('grapevine:v1:plan'), b: ['../../evil', 'nps', 7] };
    localStorage.setItem('grapevine:v1:plan', JSON.stringify(plan));
    const second = view();
    gv('purchase', { orderId: 'A2', total: 30, currency: 'EUR' });
    expect(vi.mocked(second.chunks.ui).mock.calls).toEqual([['nps']]);
    leave();
    localStorage.setItem('grapevine:v1:plan', JSON.stringify({ ...plan, b: 'nps' }));
    const third = view();
    gv('purchase', { orderId: 'A3', total: 30, currency: 'EUR' });
    expect(third.chunks.ui).not.toHaveBeenCalled();
  });

  it('a `show` call warms nothing: the loader does not know its kind (whose UI bundle carries the presenter)', async () => {
    await firstView();
    const second = view();
    gv('show', 'refer');
    expect(second.chunks.presenter).not.toHaveBeenCalled();
    expect(second.chunks.ui).not.toHaveBeenCalled();
  });

  it('data-ui="false" (headless): a purchase warms the presenter alone, no UI bundle', async () => {
    const headless = { ...attributes, 'data-ui': 'false' };
    await firstView({ attributes: headless });
    const second = view({ attributes: headless });
    gv('purchase', { orderId: 'A4', total: 30, currency: 'EUR' });
    expect(second.chunks.presenter).toHaveBeenCalled();
    expect(second.chunks.ui).not.toHaveBeenCalled();
  });

  it('debug: ?grapevine_debug=1 or data-debug', async () => {
    await firstView();
    history.replaceState(null, '', '/?grapevine_debug=1');
    vi.spyOn(console, 'info').mockImplementation(() => {});
    expect(view().chunks.rules).toHaveBeenCalledTimes(1);
    leave();
    history.replaceState(null, '', '/');
    const debug = { ...attributes, 'data-debug': '' };
    await firstView({ attributes: debug });
    expect(view({ attributes: debug }).chunks.rules).toHaveBeenCalledTimes(1);
  });

  it('consent that is not granted (nothing may be stored, so no plan is trusted)', async () => {
    await firstView();
    expect(
      view({ attributes: { ...attributes, 'data-consent': 'pending' } }).chunks.rules,
    ).toHaveBeenCalledTimes(1);
  });

  it('events still waiting: in the state, or in the outbox', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // the fake event is refused
    await firstView();
    const state = stored() ?? {};
    const event = { id: 'e-1', at: Date.now(), type: 'purchase' };
    localStorage.setItem('grapevine:v1', JSON.stringify({ ...state, pending: [event] }));
    expect(view().chunks.rules).toHaveBeenCalledTimes(1);
    leave();
    await firstView();
    localStorage.setItem('grapevine:v1:outbox', '{"entries":[1]}');
    expect(view().chunks.rules).toHaveBeenCalledTimes(1);
  });

  it('a corrupt or missing state', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await firstView();
    localStorage.setItem('grapevine:v1', '{"v":1}');
    expect(view().chunks.rules).toHaveBeenCalledTimes(1);
    await settle();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('is corrupt'));
    leave();
    await firstView();
    localStorage.removeItem('grapevine:v1');
    expect(view().chunks.rules).toHaveBeenCalledTimes(1);
  });

  it('a <grapevine-referral> on the page, or added later', async () => {
    await firstView();
    const element = document.createElement('grapevine-referral');
    document.body.append(element);
    const present = view();
    expect(present.chunks.rules).toHaveBeenCalledTimes(1);
    await settle();
    expect(present.chunks.ui).toHaveBeenCalledWith('panel');
    leave();
    element.remove();
    await firstView();
    const later = view();
    await settle();
    expect(later.chunks.rules).not.toHaveBeenCalled();
    document.body.append(document.createElement('grapevine-referral'));
    await settle();
    expect(later.chunks.rules).toHaveBeenCalledTimes(1);
    expect(later.chunks.ui).toHaveBeenCalledWith('panel');
  });

  it('SPA navigation: the rules take over and count the new page once', async () => {
    await firstView();
    const spa = view();
    await settle();
    expect(session().pageviews).toBe(2);
    history.pushState(null, '', '/account');
    await settle();
    expect(spa.chunks.rules).toHaveBeenCalledTimes(1);
    expect(session().pageviews).toBe(3);
  });
});

describe('loader: what stays asleep', () => {
  it('destroy before the rules woke: nothing loads, the plan’s timer is cleared', async () => {
    await firstView();
    localStorage.setItem(
      'grapevine:v1:plan',
      JSON.stringify({ ...stored('grapevine:v1:plan'), u: Date.now() + 1000 }),
    );
    const page = view();
    gv('destroy');
    await vi.advanceTimersByTimeAsync(2000);
    expect(page.chunks.rules).not.toHaveBeenCalled();
  });
});
