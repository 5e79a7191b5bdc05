// The headless API (`ui: false`): the host renders from `show`/`getSnapshot`, says when it
// rendered, and reports outcomes through the handle; the runtime counts exactly as for its UI.
import { memoryBackend } from '@grapevine/adapter';
import { effect } from '@preact/signals-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShowDetail } from '../../src/runtime/events.js';
import type { GrapevineSnapshot } from '../../src/runtime/observable-state.js';
import { stateSignals } from '../../src/runtime/state-signals.js';
import { createHarness, npsCampaign, stored } from './harness.js';

const NOW = new Date('2026-11-22T08:00:00Z').getTime();

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  history.replaceState(null, '', '/');
});

const nps = { ...npsCampaign, triggers: [{ type: 'manual' as const }] };
const friendOffer = {
  id: 'welcome',
  kind: 'friend-offer' as const,
  triggers: [
    { type: 'event' as const, name: 'referral-captured', scope: { persistFor: 30 * 86_400_000 } },
  ],
};

/** A headless runtime with the NPS campaign open. */
async function openNps(options: Record<string, unknown> = {}) {
  const harness = createHarness({ ui: false, config: { campaigns: [nps] }, ...options });
  harness.grapevine.show('nps');
  await harness.settle();
  // `show` waits for the headless chunk and the copy (real imports).
  await vi.waitFor(() => expect(harness.grapevine.getSnapshot().prompt).not.toBeNull());
  return harness;
}

const types = (events: readonly { type: string }[]) => events.map((event) => event.type);

describe('headless: one NPS answer, amended by its comment', () => {
  it('answer() then comment() store one answer with the comment (the comment rides along)', async () => {
    const { grapevine, backend, settle } = await openNps();
    grapevine.rendered();
    grapevine.answer(6);
    await settle();
    expect(types(backend.inspect().events)).toEqual(['impression']); // held for its comment
    grapevine.comment('  Delivery took two weeks ');
    await settle();
    const answers = backend.inspect().events.filter((event) => event.type === 'nps-answer');
    expect(answers).toEqual([
      expect.objectContaining({
        score: 6,
        segment: 'detractor',
        comment: 'Delivery took two weeks',
      }),
    ]);
    expect(backend.inspect().answers).toHaveLength(1);
    grapevine.destroy();
  });

  it('a comment after the answer was sent goes as nps-comment naming it: still one answer', async () => {
    const { grapevine, backend, settle } = await openNps();
    grapevine.rendered();
    grapevine.answer(9);
    window.dispatchEvent(new Event('pagehide')); // the page flushes: the answer leaves alone
    await settle();
    const [answer] = backend.inspect().events.filter((event) => event.type === 'nps-answer');
    expect(answer).not.toHaveProperty('comment');
    grapevine.comment('Fast delivery');
    await settle();
    const comment = backend.inspect().events.find((event) => event.type === 'nps-comment');
    expect(comment).toMatchObject({ answerId: answer?.id, comment: 'Fast delivery' });
    expect(backend.inspect().answers).toEqual([
      expect.objectContaining({ id: answer?.id, score: 9, comment: 'Fast delivery' }),
    ]);
    grapevine.destroy();
  });

  it.each([
    [
      'a second answer()',
      (g: { answer(score: number): void }) => g.answer(3),
      'answer(): this prompt is answered; add text with comment().',
    ],
    [
      'comment() before answer()',
      (g: { comment(text: string): void }) => g.comment('x'),
      'comment() comes after answer(score).',
    ],
  ] as const)('%s is refused and names the fix', async (_name, call, message) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { grapevine, backend, settle } = await openNps();
    if (message.startsWith('answer')) grapevine.answer(8);
    call(grapevine as never);
    expect(error).toHaveBeenLastCalledWith(`Grapevine: ${message}`);
    grapevine.close();
    await settle();
    expect(backend.inspect().answers.length).toBe(message.startsWith('answer') ? 1 : 0);
    grapevine.destroy();
  });

  it('comment() needs text', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { grapevine } = await openNps();
    grapevine.answer(8);
    grapevine.comment(42 as never);
    expect(error).toHaveBeenLastCalledWith('Grapevine: comment() needs the text as a string.');
    grapevine.destroy();
  });
});

describe('headless: impressions count when the host rendered', () => {
  it('no impression before rendered(); rendered() twice counts one', async () => {
    const shown = vi.fn();
    const { grapevine, backend, settle } = await openNps();
    grapevine.on('shown', shown);
    await settle();
    expect(stored().ledger).toEqual([]);
    expect(grapevine.getSnapshot().step).toBe('pending');
    grapevine.rendered();
    grapevine.rendered();
    await settle();
    expect(types(backend.inspect().events)).toEqual(['impression']);
    expect(shown).toHaveBeenCalledTimes(1);
    expect(grapevine.getSnapshot().step).toBe('shown');
    grapevine.destroy();
  });

  it('a prompt closed without rendered() counts no impression', async () => {
    const { grapevine, backend, settle } = await openNps();
    grapevine.close();
    await settle();
    expect(types(backend.inspect().events)).toEqual([]);
    grapevine.destroy();
  });
});

describe('headless: show and late subscribers', () => {
  it('a show listener attached after start hears the open prompt at once', async () => {
    const { grapevine } = await openNps();
    const late = vi.fn();
    grapevine.on('show', late);
    expect(late).toHaveBeenCalledWith(expect.objectContaining({ campaignId: 'nps', kind: 'nps' }));
    expect(late.mock.calls[0]?.[0]).toBe(grapevine.getSnapshot().prompt);
    grapevine.destroy();
  });

  it('on() returns its unsubscribe', async () => {
    const { grapevine, settle } = await openNps();
    const answered = vi.fn();
    const stop = grapevine.on('nps-answered', answered);
    stop();
    grapevine.answer(10);
    await settle();
    expect(answered).not.toHaveBeenCalled();
    grapevine.destroy();
  });

  it.each([
    ['da-DK', 'da-DK', 'Slet ikke sandsynligt'],
    ['ja', 'ja', 'まったくない'],
    ['en-GB', 'en-GB', 'Not likely'],
    ['tlh', 'en', 'Not likely'], // no catalog: English, and the locale says so
  ])('show carries the copy for %s from the built-in catalogs', async (locale, shown, npsLow) => {
    const show = vi.fn<(detail: ShowDetail) => void>();
    const harness = createHarness({ ui: false, locale, config: { campaigns: [nps] } });
    harness.grapevine.on('show', show);
    harness.grapevine.show('nps');
    await harness.settle();
    await vi.waitFor(() => expect(show).toHaveBeenCalled()); // the locale part is a real import
    const detail = show.mock.calls[0]?.[0];
    expect(detail?.locale).toBe(shown);
    expect(detail?.messages.npsLow).toBe(npsLow);
    expect(detail?.messages.npsQuestion).toContain('{brand}');
    // Only the kind's messages: no friend-offer copy in an NPS prompt.
    expect(detail?.messages).not.toHaveProperty('claim');
    harness.grapevine.destroy();
  });

  it("the campaign's copy wins over the catalog", async () => {
    const campaign = { ...nps, content: { da: { npsLow: 'Nej tak' } } };
    const { grapevine } = await openNps({ locale: 'da', config: { campaigns: [campaign] } });
    await vi.waitFor(() => expect(grapevine.getSnapshot().prompt).not.toBeNull());
    expect(grapevine.getSnapshot().prompt?.messages.npsLow).toBe('Nej tak');
    expect(grapevine.getSnapshot().prompt?.messages.npsHigh).toBe('Meget sandsynligt');
    grapevine.destroy();
  });
});

describe('headless: the friend claims', () => {
  async function openOffer() {
    const backend = memoryBackend({ advocates: [{ id: 'c1', name: 'Anna Berg' }] });
    const { code } = await backend.referral({ id: 'c1' });
    history.replaceState(null, '', `/landing?ref=${code}`);
    const harness = createHarness({ ui: false, config: { campaigns: [friendOffer] } }, { backend });
    await harness.settle();
    await vi.waitFor(() => expect(harness.grapevine.getSnapshot().prompt).not.toBeNull());
    return { ...harness, backend, code };
  }

  it('claim(email) records the claim like the built-in UI and resolves with the coupon', async () => {
    const { grapevine, backend, settle, code } = await openOffer();
    const claimed = vi.fn();
    grapevine.on('friend-claimed', claimed);
    expect(await grapevine.getSnapshot().prompt?.friendOffer).toMatchObject({ status: 'valid' });
    grapevine.rendered();
    const claim = await grapevine.claim(' friend@example.com ');
    expect(claim).toMatchObject({ status: 'claimed', coupon: { code: expect.any(String) } });
    expect(backend.inspect().claims).toEqual([
      expect.objectContaining({ code, email: 'friend@example.com' }),
    ]);
    expect(claimed).toHaveBeenCalledWith(expect.objectContaining({ code, coupon: claim?.coupon }));
    expect(grapevine.getSnapshot().step).toBe('claimed');
    await settle();
    expect(types(backend.inspect().events)).toContain('friend-claim');
    grapevine.destroy();
  });

  it.each([
    [
      'a malformed email',
      'not-an-email',
      'claim() needs the friend\'s email address, like "ana@example.com".',
    ],
    ['a number', 42, 'claim() needs the friend\'s email address, like "ana@example.com".'],
  ])('%s resolves undefined and says why', async (_name, email, message) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { grapevine, backend } = await openOffer();
    expect(await grapevine.claim(email as string)).toBeUndefined();
    expect(error).toHaveBeenLastCalledWith(`Grapevine: ${message}`);
    expect(backend.inspect().claims).toEqual([]);
    grapevine.destroy();
  });

  it('without an open friend offer it resolves undefined, and a backend failure never rejects', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { grapevine } = await openNps();
    expect(await grapevine.claim('friend@example.com')).toBeUndefined();
    expect(error).toHaveBeenLastCalledWith(
      'Grapevine: claim() needs an open friend offer from a referral link.',
    );
    grapevine.destroy();
    const down = memoryBackend();
    const offer = await openOffer();
    offer.grapevine.destroy();
    history.replaceState(null, '', '/landing?ref=NOBODY-1');
    const harness = createHarness(
      { ui: false, config: { campaigns: [friendOffer] } },
      { backend: down },
    );
    await harness.settle();
    expect(await harness.grapevine.claim('friend@example.com')).toBeUndefined();
    expect(error).toHaveBeenCalledWith('Grapevine: claim() failed', expect.anything());
    harness.grapevine.destroy();
  });
});

describe('headless: observable state', () => {
  it('getSnapshot is stable between changes; subscribe hears each step; close clears it', async () => {
    const harness = createHarness({ ui: false, config: { campaigns: [nps] } });
    const { grapevine, settle } = harness;
    const seen: GrapevineSnapshot[] = [];
    const stop = grapevine.subscribe(() => seen.push(grapevine.getSnapshot()));
    const before = grapevine.getSnapshot();
    expect(grapevine.getSnapshot()).toBe(before);
    expect(before).toEqual({ prompt: null, step: null, referral: null, consent: 'granted' });
    grapevine.show('nps');
    await settle();
    await vi.waitFor(() => expect(grapevine.getSnapshot().prompt).not.toBeNull());
    grapevine.rendered();
    grapevine.answer(9);
    grapevine.comment('Great');
    grapevine.setConsent('denied');
    grapevine.close();
    expect(seen.map((snapshot) => snapshot.step)).toEqual([
      'pending',
      'shown',
      'answered',
      'commented',
      'commented',
      null,
    ]);
    expect(seen.at(-2)?.consent).toBe('denied');
    expect(seen.at(-1)?.prompt).toBeNull();
    stop();
    grapevine.setConsent('granted');
    expect(seen).toHaveLength(6);
    grapevine.destroy();
  });

  it('a subscribe() listener that throws is reported; the others still hear the change', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { grapevine } = createHarness({ ui: false });
    const after = vi.fn();
    grapevine.subscribe(() => {
      throw new Error('host bug');
    });
    grapevine.subscribe(after);
    grapevine.setConsent('denied');
    expect(after).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith(
      'Grapevine: a subscribe() listener failed',
      expect.objectContaining({ message: 'host bug' }),
    );
    grapevine.destroy();
  });

  it('the captured referral is in the state', async () => {
    history.replaceState(null, '', '/landing?ref=ANNA-20');
    const { grapevine } = createHarness({ ui: false });
    expect(grapevine.getSnapshot().referral).toEqual({
      code: 'ANNA-20',
      capturedAt: NOW,
      expiresAt: NOW + 30 * 86_400_000,
    });
    grapevine.destroy();
  });

  it('as read-only signals: an effect on step re-runs only when step changes', async () => {
    const { grapevine, settle } = createHarness({ ui: false, config: { campaigns: [nps] } });
    const state = stateSignals(grapevine);
    const steps: unknown[] = [];
    const stop = effect(() => {
      steps.push(state.step.value);
    });
    grapevine.setConsent('denied'); // not a step change
    grapevine.setConsent('granted');
    grapevine.show('nps');
    await settle();
    await vi.waitFor(() => expect(grapevine.getSnapshot().prompt).not.toBeNull());
    grapevine.rendered();
    expect(steps).toEqual([null, 'pending', 'shown']);
    expect(state.prompt.value?.campaignId).toBe('nps');
    expect(state.snapshot.value).toBe(grapevine.getSnapshot());
    expect(() => {
      (state.step as { value: unknown }).value = 'x';
    }).toThrow();
    stop();
    grapevine.destroy();
  });
});
