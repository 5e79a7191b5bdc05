// Journey 5: self-referral. An advocate who opens their own link is told, politely, that it
// is their own link; claiming or buying through it earns no reward.
import { expect, test } from './fixtures.js';
import { expectPrompt, promptDialog } from './support/prompt.js';
import { advocateLink, claimOffer, friendOfferTitle } from './support/referral.js';
import { snap } from './support/screenshots.js';
import { expectRows } from './support/server.js';
import { buy, setDemoClock } from './support/shop.js';

const OWN_LINK = /This is your own referral link/;

test('self-referral: on another device, claiming with their own email gets the polite message and no reward', async ({
  page,
  otherDevice,
  stack,
  customer,
  server,
}, testInfo) => {
  const url = await advocateLink(page, stack.shopUrl, customer);
  const code = new URL(url).searchParams.get('ref') ?? '';

  const phone = await otherDevice();
  await phone.goto(url);
  await expectPrompt(phone, friendOfferTitle('Anna'));
  await claimOffer(phone, customer.email);
  await expect(promptDialog(phone).getByRole('status').filter({ hasText: OWN_LINK })).toBeVisible();
  await expect(promptDialog(phone).getByRole('textbox', { name: 'Your code' })).toHaveCount(0);
  await snap(phone, testInfo, 'self-referral-1-own-link');
  await promptDialog(phone).getByRole('button', { name: 'Done' }).click();

  // An order through their own link (the code is still captured on this device): no reward.
  const { orderId } = await buy(phone, stack.shopUrl, customer);
  await expectRows(() => server.eventsOf(customer.email, 'purchase'), 2, 'both orders arrived');
  const purchases = await server.eventsOf(customer.email, 'purchase');
  expect(purchases.map((event) => event.code)).toEqual([null, code]);
  expect(await server.claimsOn(code)).toEqual([
    { status: 'self-referral', friend_email_norm: customer.email, coupon: null },
  ]);
  expect(await server.rewardsOn(code)).toEqual([]);
  expect(orderId).toMatch(/^FK-/);
});

test('self-referral: on their own browser, the link gets the polite message at once', async ({
  page,
  stack,
  customer,
}) => {
  // This browser remembers the advocate's own codes, so no email box and no coupon are offered.
  const url = await advocateLink(page, stack.shopUrl, customer);
  await setDemoClock(page, stack.apiUrl, 4); // a new session after the quiet period
  await page.goto(url);
  await expect(promptDialog(page)).toBeVisible();
  await expect(promptDialog(page).getByRole('status').filter({ hasText: OWN_LINK })).toBeVisible();
  await expect(promptDialog(page).getByRole('textbox', { name: 'Your email' })).toHaveCount(0);
});
