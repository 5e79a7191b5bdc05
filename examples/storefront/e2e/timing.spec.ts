// Journey 4: timing. A dismissed prompt stays away on reload and in the days after, comes back
// weeks later (the demo clock), at most one prompt shows per session, and two tabs open at
// the same moment show one prompt between them.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import {
  answerPromoter,
  closePrompt,
  expectPrompt,
  expectReason,
  explainReasonOf,
  promptDialog,
  promptHosts,
} from './support/prompt.js';
import { snap } from './support/screenshots.js';
import { expectRows } from './support/server.js';
import { buy, jumpDays, setDemoClock } from './support/shop.js';

const QUESTION = /recommend Fika & Co\./;

test('timing: dismissed → not on reload nor the next day → asked again weeks later', async ({
  page,
  stack,
  customer,
  server,
}, testInfo) => {
  await buy(page, stack.shopUrl, customer);
  await expectPrompt(page, QUESTION);
  await closePrompt(page);
  await expectRows(() => server.eventsOf(customer.email, 'dismiss'), 1, 'one dismissal');

  // The reload reports the same order again: it is not a new purchase, so nothing triggers.
  await page.reload({ waitUntil: 'networkidle' });
  await expectReason(page, 'post-purchase-nps', 'NO_TRIGGER');
  await expect(promptHosts(page)).toHaveCount(0);

  await jumpDays(page, 1);
  await expectReason(page, 'relational-nps', 'TRIGGER_TOO_EARLY');
  await expect(promptHosts(page)).toHaveCount(0);
  await snap(page, testInfo, 'timing-1-next-day-quiet');

  await jumpDays(page, 14);
  await expectPrompt(page, QUESTION);
  await snap(page, testInfo, 'timing-2-asked-again');
  const impressions = await expectRows(
    () => server.eventsOf(customer.email, 'impression'),
    2,
    'two impressions',
  );
  expect(impressions.map((event) => event.campaign_id)).toEqual([
    'post-purchase-nps',
    'relational-nps',
  ]);
});

test('timing: never more than one prompt per session', async ({ page, stack, customer }) => {
  await buy(page, stack.shopUrl, customer);
  await expectPrompt(page, QUESTION);
  await answerPromoter(page);
  await closePrompt(page);

  // The standalone referral ask now has what it requires (a promoter) and a trigger (any page
  // view), but this session has had its prompt.
  for (const path of ['/', '/refer.html', '/cart.html']) {
    await page.goto(`${stack.shopUrl}${path}`);
    await expectReason(page, 'refer-a-friend', 'SESSION_CAP');
    await expect(promptHosts(page)).toHaveCount(0);
  }
});

test('timing: two tabs open at the same moment show one prompt', async ({
  page,
  context,
  stack,
  customer,
  guard,
}) => {
  // The shop's home page does not identify the customer, and the NPS prompt asks for a
  // promoter's link as it opens: the server refuses an unsigned advocate (reported).
  guard.allow(/status of 401 \(Unauthorized\)/);
  await buy(page, stack.shopUrl, customer);
  await expectPrompt(page, QUESTION);
  await closePrompt(page);
  // Weeks later the question is due again on any page; both tabs load at the same moment.
  await setDemoClock(page, stack.apiUrl, 14);
  const second = await context.newPage();
  const tabs: Page[] = [page, second];
  await Promise.all(tabs.map((tab) => tab.goto(`${stack.shopUrl}/`)));
  const reasons = () => Promise.all(tabs.map((tab) => explainReasonOf(tab, 'relational-nps')));
  await expect.poll(async () => (await reasons()).includes('not started')).toBe(false);
  const shown = async () =>
    (await Promise.all(tabs.map((tab) => promptHosts(tab).count()))).reduce((a, b) => a + b);
  await expect.poll(shown).toBe(1);
  const withPrompt = (await promptHosts(page).count()) === 1 ? page : second;
  await expect(promptDialog(withPrompt)).toContainText(QUESTION);
  // The other tab has decided too: the open prompt blocks it, and nothing else shows.
  const other = withPrompt === page ? second : page;
  await expect
    .poll(() => explainReasonOf(other, 'relational-nps'))
    .toMatch(/^(OTHER_TAB|SESSION_CAP|QUIET_PERIOD)$/);
  expect(await shown()).toBe(1);
});
