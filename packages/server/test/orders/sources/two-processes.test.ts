import { describe, expect, it, vi } from 'vitest';
import { platforms } from '../../coupons/platforms.js';
import { databaseKinds } from '../../helpers/database.js';
import { startHarness, testSite } from '../../helpers/harness.js';
import { twoProcesses } from '../../helpers/processes.js';
import { SOURCES, shops, WEBHOOK_SECRET } from './journey-shops.js';

vi.setConfig({ testTimeout: 60_000 });

describe.each(databaseKinds)('on %s', (kind) => {
  it.each(Object.keys(platforms) as (keyof typeof platforms)[])(
    'two server processes on one database: a %s order and its refund, each delivered to both at once, credit once and void once',
    async (name) => {
      const { a, b, close } = await twoProcesses(kind);
      let now = () => 0;
      const platform = await platforms[name](() => now());
      const site = testSite({
        offer: { friend: { kind: 'percent', value: 20 }, advocate: { kind: 'percent', value: 10 } },
        fulfilment: platform.fulfilment,
        orderSources: SOURCES,
        // Queued, not delivered: this test counts the rows.
        webhook: { url: 'http://127.0.0.1:9/hooks', secret: WEBHOOK_SECRET },
      });
      const [ha, hb] = [await startHarness(a, { site }), await startHarness(b, { site })];
      now = ha.clock.now;
      try {
        const referral = await ha.call('/v1/referrals', {
          body: { advocate: ha.advocate({ id: 'adv-two', email: 'adv-two@example.com' }) },
        });
        const { code } = (await referral.json()) as { code: string };
        const claim = await hb.call(`/v1/referrals/${code}/claims`, {
          body: { email: 'friend-1@example.com', visitorId: 'v-two' },
        });
        const { coupon } = (await claim.json()) as { coupon: { code: string } };
        await ha.tick();
        const ref = platform.refOf(coupon.code);
        const [toA, toB] = [
          shops[name].order(ha, 1, coupon.code, ref),
          shops[name].order(hb, 1, coupon.code, ref),
        ];
        const answers = await Promise.all([toA(), toB(), toA(), toB()]);
        expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
        const refunds = await Promise.all([shops[name].refund(ha, 1), shops[name].refund(hb, 1)]);
        expect(refunds.map((answer) => answer.status)).toEqual([200, 200]);
        const rewards = await a.query<{ state: string }>(
          'select state from rewards where code = $1',
          [code],
        );
        expect(rewards).toEqual([{ state: 'voided' }]);
        const hooks = await a.query<{ type: string }>(
          "select type from webhook_deliveries where type in ('conversion.credited', 'reward.voided') order by type",
        );
        expect(hooks.map((hook) => hook.type)).toEqual(['conversion.credited', 'reward.voided']);
      } finally {
        await ha.close();
        await hb.close();
        await platform.fake.close();
        await close();
      }
    },
  );
});
