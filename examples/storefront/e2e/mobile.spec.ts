// Journey 9: a phone. The prompts open as a bottom sheet, and where the browser has a native
// share sheet (`navigator.share`, stubbed in here) the referral step offers it.
import { expect, test } from './fixtures.js';
import { answerPromoter, expectPrompt, promptDialog, scoreRadio } from './support/prompt.js';
import { advocateLink, claimOffer, friendOfferTitle } from './support/referral.js';
import { snap } from './support/screenshots.js';
import { expectRows } from './support/server.js';
import { buy } from './support/shop.js';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
test.use(phone);

test('mobile: bottom sheet, and the native share sheet when navigator.share exists', async ({
  page,
  stack,
  customer,
  server,
}, testInfo) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { sharedNatively: shared });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        shared.push(data);
      },
    });
  });
  await buy(page, stack.shopUrl, customer);
  const dialog = await expectPrompt(page, /recommend Fika & Co\./);
  await expect(page.locator('grapevine-prompt [data-placement]')).toHaveAttribute(
    'data-placement',
    'sheet',
  );
  const box = await dialog.boundingBox();
  expect(box?.x).toBe(0);
  expect(box?.width).toBe(390);
  expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(844);
  await snap(page, testInfo, 'mobile-1-nps-sheet');

  await answerPromoter(page, { tap: true });
  const url = await dialog.getByRole('textbox', { name: 'Your personal link' }).inputValue();
  await expect(dialog.getByRole('link', { name: 'Text message' })).toHaveAttribute(
    'href',
    /^sms:\?&body=/,
  );
  await snap(page, testInfo, 'mobile-2-referral-sheet');
  await dialog.getByRole('button', { name: 'More…' }).tap();
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { sharedNatively: ShareData[] }).sharedNatively),
    )
    .toEqual([{ title: '20% off for you', text: expect.stringContaining('Fika & Co.'), url }]);
  await expectRows(() => server.eventsOf(customer.email, 'share'), 1, 'one native share');
  expect((await server.eventsOf(customer.email, 'share'))[0]?.channel).toBe('native');
  await expect(promptDialog(page)).toBeVisible();
});

test('mobile: the detractor question and the friend offer are bottom sheets too', async ({
  page,
  otherDevice,
  stack,
  customer,
}, testInfo) => {
  const url = await advocateLink(page, stack.shopUrl, customer);
  const friend = await otherDevice(phone);
  await friend.goto(url);
  await expectPrompt(friend, friendOfferTitle('Anna'));
  await expect(friend.locator('grapevine-prompt [data-placement]')).toHaveAttribute(
    'data-placement',
    'sheet',
  );
  await snap(friend, testInfo, 'mobile-3-friend-offer-sheet');
  await claimOffer(friend, `bo.${customer.email}`);
  await expectPrompt(friend, 'Here’s your code');
  await snap(friend, testInfo, 'mobile-4-coupon-sheet');

  const unhappy = await otherDevice(phone);
  await buy(unhappy, stack.shopUrl, { name: 'Cai Berg', email: `cai.${customer.email}` });
  await expectPrompt(unhappy, /recommend Fika & Co\./);
  await scoreRadio(unhappy, 4).tap();
  await expectPrompt(unhappy, 'What went wrong?');
  await snap(unhappy, testInfo, 'mobile-5-detractor-sheet');
});
