// Every `referral()` the runtime makes names this browser's visitor id (issue #14): the
// backend learns the advocate's own device from the signed call, so a "friend" claiming on
// that device is a self-referral. The memory backend keeps the same rule as the server.
import { memoryBackend } from '@grapevine/adapter';
import type { Backend, Campaign } from '@grapevine/core';
import { describe, expect, it, vi } from 'vitest';
import { type Harness, harnessPerTest, npsCampaign, referralCampaign, stored } from './harness.js';

const NOW = new Date('2026-11-22T08:00:00Z').getTime();
const anna = { id: 'c1', email: 'anna@example.com', name: 'Anna' };
const manual = { triggers: [{ type: 'manual' as const }] };
const start = harnessPerTest(NOW);

const promoterNps: Campaign = { ...npsCampaign, ...manual, promoterToReferral: true };

describe.each([
  {
    where: 'the referral prompt after a purchase',
    options: {},
    open: (h: Harness) =>
      h.grapevine.track('purchase', { orderId: '1', total: 8, currency: 'EUR' }),
  },
  {
    where: 'the NPS prompt’s promoter step',
    options: { config: { campaigns: [promoterNps] } },
    open: (h: Harness) => h.grapevine.show(promoterNps.id),
  },
  {
    where: 'a headless referral prompt',
    options: { ui: false, config: { campaigns: [{ ...referralCampaign, ...manual }] } },
    open: (h: Harness) => h.grapevine.show(referralCampaign.id),
  },
  {
    where: 'the <grapevine-referral> panel',
    options: {},
    page: '<grapevine-referral></grapevine-referral>',
    open: () => {},
  },
])('$where', ({ options, page, open }) => {
  it('asks for the link with this browser’s visitorId, which marks the device as the advocate’s', async () => {
    if (page) document.body.innerHTML = page;
    const backend = memoryBackend();
    const referral = vi.fn<Backend['referral']>(backend.referral);
    const harness = start(options, { backend: { ...backend, referral } });
    harness.grapevine.identify(anna);
    open(harness);
    await harness.settle();
    await vi.waitFor(() => expect(referral).toHaveBeenCalled());

    const visitorId = stored().visitorId as string;
    expect(visitorId).toEqual(expect.any(String));
    expect(referral).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1' }), { visitorId });
    const { code } = await backend.referral(anna); // the same link, asked without a device
    expect((await backend.offer(code, { visitorId }))?.status).toBe('self-referral');
    expect((await backend.offer(code, { visitorId: 'a-friend' }))?.status).toBe('valid');
  });
});
