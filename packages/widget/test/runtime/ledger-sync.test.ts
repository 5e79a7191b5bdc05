// The signed customer's ledger from the server is merged into this browser's before the rules
// decide (issue #15): an emailed survey counts as an impression, an answer through an email
// link ends "until responded", an email unsubscribe stops the pop-ups; `explain()` names them.
// A failure, a bad answer or a hang changes nothing and throws nothing into the page.
import { memoryBackend } from '@grapevine/adapter';
import type { Advocate, Backend, Campaign, CustomerLedger } from '@grapevine/core';
import { describe, expect, it, vi } from 'vitest';
import { type Harness, harnessPerTest, stored } from './harness.js';

const NOW = new Date('2026-11-22T08:00:00Z').getTime();
const DAY = 86_400_000;
const order = { orderId: '1001', total: 80, currency: 'EUR' };
const create = harnessPerTest(NOW);

const nps: Campaign = {
  id: 'nps',
  kind: 'nps',
  triggers: [{ type: 'purchase' }],
  frequency: { untilResponded: true },
};
const config = { policy: { quietPeriod: 7 * DAY }, campaigns: [nps] };
const signed = { id: 'c-ada', signature: `v2=${'ab'.repeat(32)}`, signedAt: NOW };

const emailed = {
  id: 'email:nps:o-1',
  type: 'impression',
  at: NOW - 2 * DAY,
  campaignId: 'nps',
  variantId: 'default',
  triggerKey: 'o-1',
  channel: 'email',
} as const;

/** A memory backend whose `ledger` answers `answer` (or runs it) and records the calls. */
function ledgerBackend(answer: unknown | (() => Promise<unknown>)) {
  const calls: { advocate: Advocate; visitorId: string | undefined }[] = [];
  const backend: Backend = {
    ...memoryBackend(),
    async ledger(advocate, context) {
      calls.push({ advocate, visitorId: context?.visitorId });
      return (typeof answer === 'function' ? await answer() : answer) as CustomerLedger;
    },
  };
  return { backend, calls };
}

function start(backend: Backend, identity: object = signed): Harness {
  const harness = create({ config }, { backend, serverLedger: true });
  harness.grapevine.identify(identity);
  harness.grapevine.track('purchase', order);
  return harness;
}

const ledgerIds = () => (stored().ledger as { id: string }[]).map((entry) => entry.id);

describe("the server's ledger for a signed customer", () => {
  it('holds the NPS pop-up back after an emailed survey, and explain() names the email', async () => {
    const { backend, calls } = ledgerBackend({ entries: [emailed] });
    const h = start(backend);
    await h.settle();
    expect(h.mounts).toHaveLength(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.visitorId).toBe(stored().visitorId);
    expect(calls[0]?.advocate).toEqual(signed);
    const [why] = h.grapevine.explain();
    expect(why?.reason).toBe('QUIET_PERIOD');
    expect(why?.summary).toBe(
      `nps: QUIET_PERIOD (caps: asked by email on 2026-11-20T08:00:00.000Z), eligible again at ${new Date(NOW + 5 * DAY).toISOString()}`,
    );
    expect(stored().ledger).toEqual([{ ...emailed, pageId: 'server', sessionId: 'server' }]);
  });

  it('shows the pop-up when the server has nothing for the customer (the same page otherwise)', async () => {
    const h = start(ledgerBackend({ entries: [] }).backend);
    await h.settle();
    expect(h.mounts).toHaveLength(1);
  });

  it.each([
    [
      'an answer through an email link',
      {
        id: 'email-answer:nps:o-1',
        type: 'nps',
        at: NOW - DAY,
        campaignId: 'nps',
        score: 9,
        channel: 'email',
      },
      'ALREADY_RESPONDED',
      'answered by email on 2026-11-21T08:00:00.000Z (score 9)',
    ],
    [
      'an email unsubscribe',
      {
        id: `email-unsubscribe:${NOW - DAY}`,
        type: 'global-opt-out',
        at: NOW - DAY,
        channel: 'email',
      },
      'GLOBAL_OPT_OUT',
      'unsubscribed from email on 2026-11-21T08:00:00.000Z',
    ],
    [
      '"Don\'t ask again" on another device',
      { id: 'phone-1', type: 'opt-out', at: NOW - DAY, campaignId: 'nps' },
      'OPTED_OUT',
      undefined,
    ],
  ])('respects %s', async (_label, entry, reason, detail) => {
    const h = start(ledgerBackend({ entries: [entry] }).backend);
    await h.settle();
    expect(h.mounts).toHaveLength(0);
    const [why] = h.grapevine.explain();
    expect(why?.reason).toBe(reason);
    expect(why?.gates.find((gate) => !gate.pass)?.detail).toBe(detail);
  });

  it('merges by entry id: identify again, or an entry this browser already has, adds nothing', async () => {
    const { backend, calls } = ledgerBackend({ entries: [emailed, emailed] });
    const h = start(backend);
    await h.settle();
    h.grapevine.identify({ ...signed, signedAt: NOW + 1000 });
    await h.settle();
    expect(calls).toHaveLength(2);
    expect(ledgerIds()).toEqual(['email:nps:o-1']);
  });

  it('asks nothing for an unsigned identity, nor loads the backend for an anonymous page', async () => {
    const { backend, calls } = ledgerBackend({ entries: [emailed] });
    const h = start(backend, { id: 'c-ada' });
    await h.settle();
    expect(calls).toHaveLength(0);
    expect(h.mounts).toHaveLength(1);
    h.grapevine.destroy();
    const anonymous = create({ config }, { backend, serverLedger: true });
    await anonymous.settle();
    expect(anonymous.connects()).toBe(0);
  });

  it('takes an entry from a server clock ahead of this one as happening now, not as the clock going back', async () => {
    const ahead = { ...emailed, at: NOW + 14 * DAY };
    const h = start(ledgerBackend({ entries: [ahead] }).backend);
    await h.settle();
    expect(h.mounts).toHaveLength(0);
    expect(h.grapevine.explain()[0]?.reason).toBe('QUIET_PERIOD');
    expect((stored().ledger as { at: number }[])[0]?.at).toBe(NOW);
  });

  it('asks nothing before consent is granted, and asks when it is', async () => {
    const { backend, calls } = ledgerBackend({ entries: [emailed] });
    const h = create({ config, consent: 'pending' }, { backend, serverLedger: true });
    h.grapevine.identify(signed);
    await h.settle();
    expect(calls).toHaveLength(0);
    h.grapevine.setConsent('granted');
    await h.settle();
    expect(calls).toHaveLength(1);
    expect(ledgerIds()).toEqual(['email:nps:o-1']);
  });

  it('keeps the whole entries of a partly broken answer and drops the rest', async () => {
    const entries = [
      emailed,
      { id: 'a', type: 'nps', at: NOW, campaignId: 'nps', score: 11 },
      { id: 'b', type: 'purchase', at: NOW, campaignId: 'nps' },
      { id: 'c', type: 'impression', at: -1, campaignId: 'nps' },
      { id: 'd', type: 'impression', at: NOW },
      { id: 7, type: 'impression', at: NOW, campaignId: 'nps' },
      null,
      'nope',
    ];
    const h = start(ledgerBackend({ entries }).backend);
    await h.settle();
    expect(ledgerIds()).toEqual(['email:nps:o-1']);
    expect(h.mounts).toHaveLength(0);
  });

  it.each([
    ['fails', () => Promise.reject(new Error('HTTP 503'))],
    ['answers without a list', () => Promise.resolve({ entries: 'nope' })],
    ['answers null', () => Promise.resolve(null)],
  ])(
    'changes nothing when the backend %s: a warning, and the rules go on',
    async (_label, answer) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const h = start(ledgerBackend(answer).backend);
      await h.settle();
      expect(warn).toHaveBeenCalledWith(
        "Grapevine: the customer's ledger could not be fetched",
        expect.any(Error),
      );
      expect(ledgerIds()).toEqual([]);
      expect(h.mounts).toHaveLength(1);
    },
  );

  it('holds a prompt at most the timeout for a server that does not answer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const h = start(ledgerBackend(() => new Promise(() => {})).backend);
    await h.settle();
    expect(h.mounts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(3000);
    await h.settle();
    expect(h.mounts).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
