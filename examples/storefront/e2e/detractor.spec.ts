// Journey 3: an unhappy customer answers 3, is asked what went wrong, and is never asked
// for a referral: not on the confirmation page, not on later visits.
import { expect, test } from './fixtures.js';
import {
  expectPrompt,
  expectReason,
  promptDialog,
  promptHosts,
  scoreRadio,
} from './support/prompt.js';
import { snap } from './support/screenshots.js';
import { expectRows } from './support/server.js';
import { buy, jumpDays } from './support/shop.js';

test('detractor: answers 3, says what went wrong, and is never asked to refer', async ({
  page,
  stack,
  customer,
  server,
}, testInfo) => {
  await buy(page, stack.shopUrl, customer);
  await expectPrompt(page, /recommend Fika & Co\./);
  await scoreRadio(page, 3).click();
  const dialog = await expectPrompt(page, 'What went wrong?');
  const comment = dialog.getByRole('textbox', { name: 'What went wrong?' });
  await expect(comment).toBeFocused();
  await comment.fill('The kettle arrived dented.');
  await snap(page, testInfo, 'detractor-1-what-went-wrong');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expectPrompt(page, 'Thank you!');
  await expect(dialog.getByRole('textbox', { name: 'Your personal link' })).toHaveCount(0);
  await snap(page, testInfo, 'detractor-2-thanks');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(promptHosts(page)).toHaveCount(0);

  const [answer] = await expectRows(() => server.answersOf(customer.email), 1, 'one answer');
  expect(answer).toMatchObject({
    score: 3,
    segment: 'detractor',
    comment: 'The kettle arrived dented.',
  });
  await expectReason(page, 'refer-a-friend', 'REQUIRES_UNMET');

  // Later visits: another page now, and a new session the next day.
  await page.goto(`${stack.shopUrl}/refer.html`);
  await expectReason(page, 'refer-a-friend', 'REQUIRES_UNMET');
  await jumpDays(page, 1);
  await expectReason(page, 'refer-a-friend', 'REQUIRES_UNMET');
  await expect(promptDialog(page)).toHaveCount(0);
  const impressions = await server.eventsOf(customer.email, 'impression');
  expect(impressions.map((event) => event.campaign_id)).toEqual(['post-purchase-nps']);
});
