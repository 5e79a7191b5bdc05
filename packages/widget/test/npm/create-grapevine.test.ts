// The npm entry's loader: a page view on which nothing can change runs the loader alone
// (the rules chunk is never imported), anything the wake plan did not foresee loads the rules,
// and calls made before they run are replayed in order before their first decision.
import { memoryBackend } from '@grapevine/adapter';
import type { Config } from '@grapevine/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGrapevine } from '../../src/create-grapevine.js';
import { HANDLE_METHODS } from '../../src/npm/deferred-handle.js';
import type { ShowDetail } from '../../src/runtime/events.js';
import type { GrapevineHandle } from '../../src/runtime/handle.js';
import { referralCampaign } from '../runtime/harness.js';

const NOW = new Date('2026-11-22T08:00:00Z').getTime();
const config: Config = { campaigns: [referralCampaign] };
const order = { orderId: '1001', total: 80, currency: 'EUR' };

interface Stored {
  lastDecisionAt?: number;
  session?: { pageviews: number };
}
const stored = (): Stored => JSON.parse(localStorage.getItem('grapevine:v1') ?? '{}') as Stored;

let open: GrapevineHandle[] = [];
/** One page view of the app: a fresh `createGrapevine`, settled (its imports have loaded). */
async function pageView(options: Record<string, unknown> = {}) {
  const shown: string[] = [];
  const grapevine = createGrapevine({ backend: memoryBackend(), config, ui: false, ...options });
  open.push(grapevine);
  grapevine.on('show', (detail: ShowDetail) => shown.push(detail.campaignId));
  await settle();
  return { grapevine, shown };
}
async function settle(): Promise<void> {
  for (let round = 0; round < 4; round += 1) {
    await vi.dynamicImportSettled();
    await vi.advanceTimersByTimeAsync(0);
  }
}
/** The rules ran on this page view: they note every decision's time. */
const decidedAt = (): number | undefined => stored().lastDecisionAt;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  localStorage.clear();
});
afterEach(() => {
  for (const grapevine of open) grapevine.destroy();
  open = [];
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

/** A first page view (rules run, leave a plan), then time passes. */
async function returningVisitor(): Promise<void> {
  const first = await pageView();
  expect(decidedAt()).toBe(NOW);
  expect(JSON.parse(localStorage.getItem('grapevine:v1:plan') ?? 'null')).toMatchObject({ v: 1 });
  first.grapevine.destroy();
  await vi.advanceTimersByTimeAsync(60_000);
}

describe('createGrapevine (npm entry)', () => {
  it('runs the rules on a first page view and leaves a wake plan', async () => {
    await pageView();
    expect(decidedAt()).toBe(NOW);
    expect(stored().session?.pageviews).toBe(1);
  });

  it('a page view on which nothing can change counts itself and does not load the rules', async () => {
    await returningVisitor();
    const { grapevine, shown } = await pageView();
    // Listening, unchanged consent: nothing the plan did not foresee.
    grapevine.on('shown', () => {});
    grapevine.setConsent('granted');
    await settle();
    expect(decidedAt()).toBe(NOW);
    expect(stored().session?.pageviews).toBe(2);
    expect(shown).toEqual([]);
    expect(grapevine.explain()).toEqual([]); // (this call wakes them)
  });

  it('a purchase wakes the rules, which count it in their first decision and show the prompt', async () => {
    await returningVisitor();
    const { grapevine, shown } = await pageView();
    grapevine.track('purchase', order);
    await settle();
    expect(decidedAt()).toBe(NOW + 60_000);
    expect(shown).toEqual(['refer']);
    // The page view was counted once, by the loader, and taken over by the rules.
    expect(stored().session?.pageviews).toBe(2);
  });

  it.each([
    ['another config', { config: { campaigns: [{ ...referralCampaign, id: 'other' }] } }, '/'],
    ['other options', { brandName: 'Acme' }, '/'],
    ['debug', { debug: true }, '/'],
    ['a referral link', {}, '/?ref=ANNA-20'],
    ['?grapevine_debug=1', {}, '/?grapevine_debug=1'],
    ['consent pending', { consent: 'pending' }, '/'],
  ])('%s wakes the rules at once', async (_name, options, url) => {
    await returningVisitor();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    history.replaceState(null, '', url);
    const { grapevine } = await pageView(options);
    // Only running rules explain a campaign (consent pending stores no decision time).
    expect(grapevine.explain()).toHaveLength(1);
    info.mockRestore();
  });

  it('another page of a single-page app wakes the rules; not after destroy()', async () => {
    await returningVisitor();
    const { grapevine } = await pageView();
    grapevine.destroy();
    history.pushState(null, '', '/after-destroy');
    await settle();
    expect(decidedAt()).toBe(NOW);
    await pageView();
    history.pushState(null, '', '/next');
    await settle();
    expect(decidedAt()).toBe(NOW + 60_000);
  });

  it('on() answers an unsubscribe, before and after the rules load', async () => {
    const shown: string[] = [];
    const grapevine = createGrapevine({ backend: memoryBackend(), config, ui: false });
    open.push(grapevine);
    const early = grapevine.on('show', () => shown.push('early')) as unknown as () => void;
    early();
    await settle();
    const late = grapevine.on('show', () => shown.push('late')) as unknown as () => void;
    grapevine.track('purchase', order);
    await settle();
    expect(shown).toEqual(['late']);
    late();
    grapevine.close();
    grapevine.track('purchase', { ...order, orderId: '1002' });
    await settle();
    expect(shown).toEqual(['late']);
  });

  it('explain() wakes sleeping rules and answers once they run', async () => {
    await returningVisitor();
    const { grapevine } = await pageView();
    expect(grapevine.explain()).toEqual([]);
    await settle();
    expect(grapevine.explain('refer')?.campaignId).toBe('refer');
  });

  it('ready() wakes sleeping rules and resolves once they run', async () => {
    await returningVisitor();
    const { grapevine } = await pageView();
    let ready = false;
    void grapevine.ready().then(() => {
      ready = true;
    });
    await Promise.resolve();
    expect(ready).toBe(false);
    await settle();
    expect(ready).toBe(true);
    expect(grapevine.explain('refer')?.campaignId).toBe('refer');
    await expect(grapevine.ready()).resolves.toBeUndefined();
  });

  it('has every method of the runtime handle', async () => {
    const grapevine = createGrapevine({ config: { campaigns: [] } });
    open.push(grapevine);
    expect(Object.keys(grapevine).sort()).toEqual([...HANDLE_METHODS, 'state'].sort());
    const { commands } = await import('../../src/runtime/commands.js');
    const { createStateCell, observableState } = await import(
      '../../src/runtime/observable-state.js'
    );
    const observable = observableState(createStateCell(), () => {});
    const runtime = { ...commands({}, () => {}), ...observable };
    expect(Object.keys(runtime).sort()).toEqual([...HANDLE_METHODS].sort());
  });
});

describe('the backend, loaded when first needed', () => {
  it('calls a backend loader only when something is sent, then delivers through it', async () => {
    const backend = memoryBackend();
    const load = vi.fn(async () => backend);
    const { grapevine } = await pageView({ backend: load });
    expect(load).not.toHaveBeenCalled();
    grapevine.track('purchase', order);
    await settle();
    await vi.advanceTimersByTimeAsync(5_000);
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(backend.inspect().events.map((event) => event.type)).toContain('purchase');
  });
});

describe('endpoint and siteKey', () => {
  it('names a bad one and leaves it out; without a backend events stay queued', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const grapevine = createGrapevine({ endpoint: 42 as never, siteKey: '', config, ui: false });
    open.push(grapevine);
    grapevine.track('purchase', order);
    await settle();
    expect(error.mock.calls.map(([message]) => message)).toEqual([
      'Grapevine: options.endpoint must be a non-empty string; ignored.',
      'Grapevine: options.siteKey must be a non-empty string; ignored.',
      'Grapevine: could not load the backend',
    ]);
    expect(String(error.mock.calls[2]?.[1])).toContain('createGrapevine({ endpoint, siteKey })');
    expect(stored()).toMatchObject({ pending: [expect.objectContaining({ type: 'purchase' })] });
  });
});

describe('the observable state before the rules run', () => {
  it('getSnapshot/subscribe/state work at once; the hand-over notifies only a real change', async () => {
    const grapevine = createGrapevine({ backend: memoryBackend(), config, ui: false });
    open.push(grapevine);
    const calls: unknown[] = [];
    const stop = grapevine.subscribe(() => calls.push(grapevine.getSnapshot().step));
    expect(grapevine.getSnapshot()).toEqual({
      prompt: null,
      step: null,
      referral: null,
      consent: 'granted',
    });
    expect(grapevine.state.prompt.value).toBeNull();
    await settle();
    expect(calls).toEqual([]);
    grapevine.track('purchase', order);
    await settle();
    expect(calls).toContain('pending');
    expect(grapevine.state.prompt.value?.campaignId).toBe('refer');
    stop();
  });

  it('a referral captured by the waking rules reaches subscribers made before them', async () => {
    history.replaceState(null, '', '/?ref=ANNA-20');
    const grapevine = createGrapevine({ backend: memoryBackend(), config, ui: false });
    open.push(grapevine);
    const seen: unknown[] = [];
    grapevine.subscribe(() => seen.push(grapevine.getSnapshot().referral?.code));
    expect(grapevine.state.referral.value).toBeNull();
    await settle();
    expect(seen).toEqual(['ANNA-20']);
    expect(grapevine.state.referral.value?.code).toBe('ANNA-20');
  });

  it('a sleeping page view reports the stored referral, and claim() waits for the rules', async () => {
    history.replaceState(null, '', '/?ref=ANNA-20');
    const first = await pageView();
    first.grapevine.destroy();
    history.replaceState(null, '', '/');
    await vi.advanceTimersByTimeAsync(60_000);
    const { grapevine } = await pageView();
    expect(decidedAt()).toBe(NOW); // asleep
    expect(grapevine.getSnapshot().referral?.code).toBe('ANNA-20');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const claimed = grapevine.claim('friend@example.com');
    await settle();
    await expect(claimed).resolves.toBeUndefined(); // no friend offer is open
    expect(error).toHaveBeenCalled();
  });
});
