// Journey 2: a friend opens the advocate's link on another device, is greeted with the offer
// in the advocate's name, claims it with an email, sees the coupon, buys with it — and the
// advocate's reward is pending, in the dashboard and on the programme page.
import type { Page } from '@playwright/test';
import { type DemoStack, expect, test } from './fixtures.js';
import { promptViolations } from './support/axe.js';
import { expectPrompt, expectReason } from './support/prompt.js';
import { advocateLink, claimOffer, friendOfferTitle } from './support/referral.js';
import { snap } from './support/screenshots.js';
import { expectRows, type ServerData } from './support/server.js';
import { buy, type Customer } from './support/shop.js';

interface Referred {
  code: string;
  coupon: string;
  orderId: string;
}

/** Advocate's link → friend claims on another device → friend buys with the coupon. */
async function referAFriend(
  page: Page,
  friendPage: Page,
  stack: DemoStack,
  advocate: Customer,
  snapshot: (page: Page, name: string) => Promise<void>,
): Promise<Referred> {
  const url = await advocateLink(page, stack.shopUrl, advocate);
  const code = new URL(url).searchParams.get('ref') ?? '';

  await friendPage.goto(url);
  const offer = await expectPrompt(friendPage, friendOfferTitle('Anna'));
  await expect(offer).toContainText('It’s for your first order at Fika & Co.');
  await snapshot(friendPage, 'friend-1-offer');
  expect(await promptViolations(friendPage), 'axe on the friend offer').toEqual([]);
  const friend: Customer = { name: 'Bo Nielsen', email: `bo.${advocate.email}` };
  await claimOffer(friendPage, friend.email);
  await expectPrompt(friendPage, 'Here’s your code');
  const couponField = offer.getByRole('textbox', { name: 'Your code' });
  await expect(couponField).toHaveValue(/\S/);
  const coupon = await couponField.inputValue();
  await expect(
    offer.getByRole('status').filter({ hasText: `Your code ${coupon} is ready.` }),
  ).toHaveCount(1);
  await snapshot(friendPage, 'friend-2-coupon');
  expect(await promptViolations(friendPage), 'axe on the coupon').toEqual([]);
  await offer.getByRole('button', { name: 'Done' }).click();

  const { orderId } = await buy(friendPage, stack.shopUrl, friend, { coupon });
  await expect(friendPage.getByText(`Coupon ${coupon} applied.`)).toBeVisible();
  // One prompt per session: the friend had the offer, so no NPS question after this order.
  await expectReason(friendPage, 'post-purchase-nps', 'SESSION_CAP');
  return { code, coupon, orderId };
}

/** Runs the referral up to the friend's order, and checks the claim and the pending reward. */
const referralTest = test.extend<{ referred: Referred }>({
  referred: async ({ page, otherDevice, stack, customer, server }, use, testInfo) => {
    const snapshot = (target: Page, name: string) => snap(target, testInfo, name);
    const referred = await referAFriend(page, await otherDevice(), stack, customer, snapshot);
    await expectPendingReward(server, referred);
    await use(referred);
  },
});

async function expectPendingReward(server: ServerData, referred: Referred): Promise<void> {
  const [claim] = await expectRows(() => server.claimsOn(referred.code), 1, 'one claim');
  expect(claim).toMatchObject({ status: 'claimed', coupon: referred.coupon });
  const [conversion] = await expectRows(
    () => server.conversionsOn(referred.code),
    1,
    'the friend’s order credited',
  );
  expect(conversion).toMatchObject({ order_id: referred.orderId, status: 'pending' });
}

referralTest(
  'friend: opens the link, claims the offer, buys with the coupon; the reward is pending',
  async ({ referred, otherDevice, stack, customer }, testInfo) => {
    // The dashboard: the conversions export and the advocates table.
    const auth = { authorization: `Bearer ${stack.adminToken}` };
    const csv = await (
      await fetch(`${stack.dashboardUrl}/conversions.csv`, { headers: auth })
    ).text();
    const row = csv.split('\n').find((line) => line.includes(referred.orderId)) ?? '';
    expect(row).toContain(`customer:${customer.email}`);
    expect(row).toMatch(/,pending,/);
    const dashboard = await otherDevice();
    await dashboard.setExtraHTTPHeaders(auth);
    await dashboard.goto(stack.dashboardUrl);
    const advocateRow = dashboard.getByRole('row').filter({ hasText: referred.code });
    await expect(advocateRow).toContainText('Anna');
    // #, advocate, code, clicks, claims, conversions, rewards.
    await expect(advocateRow.getByRole('cell')).toHaveText([
      /^\d+$/,
      new RegExp(`Anna.*customer:${customer.email}`),
      referred.code,
      '1',
      '1',
      '1',
      /\d/,
    ]);
    await expect(
      dashboard.getByText('Rewards pending', { exact: true }).locator('..'),
    ).toContainText(/€[1-9]/);
    await snap(dashboard, testInfo, 'friend-3-dashboard');
  },
);

referralTest(
  'friend: the advocate sees the pending reward in <grapevine-referral>',
  async ({ referred, page, stack }, testInfo) => {
    // The programme page signs in the customer who ordered in this browser: the advocate.
    await page.goto(`${stack.shopUrl}/refer.html`);
    const panel = page.locator('grapevine-referral');
    await expect(panel.getByRole('textbox', { name: 'Your personal link' })).toHaveValue(
      new RegExp(`ref=${referred.code}$`),
    );
    const stat = (label: string) =>
      panel
        .locator('.stats div')
        .filter({ has: page.locator('dt', { hasText: label }) })
        .locator('dd');
    await expect(stat('Friends joined')).toHaveText('1');
    await expect(stat('Friends who bought')).toHaveText('1');
    await expect(stat('Rewards pending')).toHaveText(/€[1-9]/);
    await expect(stat('Rewards earned')).toHaveText('€0.00');
    expect(await promptViolations(page, 'grapevine-referral'), 'axe on the panel').toEqual([]);
    // The stats sit at the end of the page, above the demo toolbar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await snap(page, testInfo, 'friend-4-programme-panel');
  },
);
