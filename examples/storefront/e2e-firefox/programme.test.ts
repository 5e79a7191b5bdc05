// The programme page: `<grapevine-referral>` shows a signed customer their personal link and
// their numbers, and the numbers move when a friend claims the offer.
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { eventually } from './support/eventually.js';
import { journeys } from './support/harness.js';
import { closePrompt, expectPrompt, NPS_TITLE } from './support/prompt.js';
import { claimOffer, friendOfferTitle } from './support/referral.js';
import { aria, buy, clickAndWait } from './support/shop.js';

const IN_PANEL = 'grapevine-referral >>> ';

/** The panel's numbers as the customer reads them: label → value. */
function panelStats(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const root = document.querySelector('grapevine-referral')?.shadowRoot;
    const pairs = [...(root?.querySelectorAll('dt') ?? [])].map((term) => [
      term.textContent?.trim() ?? '',
      term.nextElementSibling?.textContent?.trim() ?? '',
    ]);
    return Object.fromEntries(pairs);
  });
}

/** The counts, once they read `expected`; no reward yet (zero, with or without the currency). */
async function expectStats(page: Page, expected: Record<string, string>, message: string) {
  const counts = async (): Promise<Record<string, string>> => {
    const stats = await panelStats(page);
    return Object.fromEntries(Object.keys(expected).map((label) => [label, stats[label] ?? '']));
  };
  await eventually(counts, expected, message);
  const stats = await panelStats(page);
  for (const money of ['Rewards earned', 'Rewards pending']) {
    assert.match(stats[money] ?? '', /^(€\s?)?0([.,]00)?$/, money);
  }
}

journeys('programme page', (journey) => {
  journey('<grapevine-referral> shows a signed customer their link and numbers', async (j) => {
    const { page, stack, customer, server } = j;
    await buy(page, stack.shopUrl, customer);
    await expectPrompt(page, NPS_TITLE);
    await closePrompt(page);
    await clickAndWait(page, page.locator(aria('link', 'Refer a friend')));

    const link = page.locator(IN_PANEL + aria('textbox', 'Your personal link'));
    const url = await link
      .filter((input) => (input as HTMLInputElement).value !== '')
      .map((input) => (input as HTMLInputElement).value)
      .wait();
    const code = await server.codeOf(customer.email);
    assert.equal(url, `${stack.shopUrl}/?ref=${code}`);
    const none = { 'Link clicks': '0', 'Friends joined': '0', 'Friends who bought': '0' };
    await expectStats(page, none, 'a new advocate’s numbers');

    // A friend in another browser context opens the link and claims the offer.
    const friend = await j.otherContext();
    await friend.goto(url);
    await expectPrompt(friend, friendOfferTitle('Anna'));
    await claimOffer(friend, `bo.${customer.email}`);

    await page.reload();
    const claimed = { 'Link clicks': '1', 'Friends joined': '1', 'Friends who bought': '0' };
    await expectStats(page, claimed, 'the numbers after a claim');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await j.snap(page, 'programme-panel');
  });
});
