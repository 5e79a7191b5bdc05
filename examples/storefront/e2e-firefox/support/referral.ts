// The two sides of a referral: the advocate's link, and the friend's offer and claim.
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import type { Customer } from './harness.js';
import {
  answerPromoter,
  closePrompt,
  expectPrompt,
  fieldValue,
  inPrompt,
  LINK_LABEL,
  NPS_TITLE,
} from './prompt.js';
import { buy } from './shop.js';

/** The advocate buys, answers 10, skips the comment and reads their link from the referral step. */
export async function advocateLink(
  page: Page,
  shopUrl: string,
  advocate: Customer,
): Promise<string> {
  await buy(page, shopUrl, advocate);
  await expectPrompt(page, NPS_TITLE);
  await answerPromoter(page);
  const url = await fieldValue(page, LINK_LABEL);
  assert.match(url, /\?ref=[\w-]+$/);
  await closePrompt(page);
  return url;
}

/** The friend's offer as it greets them: "Anna gave you 20% off". */
export const friendOfferTitle = (advocateFirstName: string) =>
  `${advocateFirstName} gave you 20% off`;

/** On the friend offer: types the email, asks for the code, and returns the code shown. */
export async function claimOffer(page: Page, email: string): Promise<string> {
  await inPrompt(page, 'textbox', 'Your email').fill(email);
  await inPrompt(page, 'button', 'Get my code').click();
  await expectPrompt(page, 'Here’s your code');
  const coupon = await fieldValue(page, 'Your code');
  await page.locator(`grapevine-prompt >>> ::-p-text(Your code ${coupon} is ready.)`).wait();
  return coupon;
}
