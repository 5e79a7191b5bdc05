// The promoter: buys, answers 10, comments or skips, gets the referral step and copies the
// link; the server holds the answer, its comment and the copy once. On a desktop window and
// on a phone-size one (the bottom sheet).
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { rows } from './support/eventually.js';
import { journeys, PHONE } from './support/harness.js';
import {
  answerPromoter,
  closePrompt,
  expectCopied,
  expectPrompt,
  fieldValue,
  inPrompt,
  LINK_LABEL,
  NPS_TITLE,
} from './support/prompt.js';
import { buy } from './support/shop.js';

/** Copies the link with the Copy button: the button and a status say so. */
async function copyLink(page: Page): Promise<void> {
  const copied = expectCopied(page, 'Link copied to the clipboard.');
  await inPrompt(page, 'button', 'Copy').click();
  await copied;
}

/** What a paste into a text field of the page gives (the prompt closed: the page is usable). */
async function pasted(page: Page): Promise<string> {
  await page.evaluate(() => {
    const field = document.createElement('textarea');
    field.setAttribute('aria-label', 'Paste here');
    document.body.append(field);
    field.focus();
  });
  await page.keyboard.down('ControlLeft');
  await page.keyboard.press('KeyV');
  await page.keyboard.up('ControlLeft');
  return page.evaluate(() => document.querySelector('textarea')?.value ?? '');
}

journeys('promoter', (journey) => {
  journey('buys, answers 10, skips the comment, copies the link', async (j) => {
    const { page, stack, customer, server } = j;
    await buy(page, stack.shopUrl, customer);
    await expectPrompt(page, NPS_TITLE);
    await j.snap(page, 'promoter-1-nps');

    await answerPromoter(page);
    const url = await fieldValue(page, LINK_LABEL);
    const code = await server.codeOf(customer.email);
    assert.ok(code, 'the advocate has a code');
    assert.equal(url, `${stack.shopUrl}/?ref=${code}`);
    await j.snap(page, 'promoter-2-referral');

    await copyLink(page);
    await j.snap(page, 'promoter-3-copied');
    await closePrompt(page);
    assert.equal(await pasted(page), url, 'the clipboard holds the link');

    const [answer] = await rows(() => server.answersOf(customer.email), 1, 'one NPS answer');
    assert.deepEqual(
      { score: answer?.score, segment: answer?.segment, comment: answer?.comment },
      { score: 10, segment: 'promoter', comment: null },
    );
    const [copy] = await rows(() => server.eventsOf(customer.email, 'copy'), 1, 'one copy');
    assert.equal(copy?.code, code);
  });

  journey('on a phone: answers 10 with a comment, gets the link in the bottom sheet', async (j) => {
    const page = await j.otherContext(PHONE);
    const { stack, customer, server } = j;
    await buy(page, stack.shopUrl, customer);
    await expectPrompt(page, NPS_TITLE);
    await j.snap(page, 'promoter-1-nps');
    await answerPromoter(page, 'The beans are wonderful');
    const url = await fieldValue(page, LINK_LABEL);
    assert.match(url, /\?ref=[\w-]+$/);
    await j.snap(page, 'promoter-2-referral');
    await closePrompt(page);

    const [answer] = await rows(() => server.answersOf(customer.email), 1, 'one NPS answer');
    assert.equal(answer?.comment, 'The beans are wonderful');
    assert.equal(answer?.segment, 'promoter');
  });
});
