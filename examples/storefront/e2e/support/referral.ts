// The two sides of a referral as shoppers live them: an advocate who gets their link after a
// purchase, and a friend who opens it on another device and claims the offer.
import { expect, type Page } from '@playwright/test';
import { answerPromoter, closePrompt, expectPrompt, promptDialog } from './prompt.js';
import { buy, type Customer } from './shop.js';

/**
 * The advocate buys, answers 10, skips the follow-up and reads their personal link from the
 * referral step.
 */
export async function advocateLink(
  page: Page,
  shopUrl: string,
  advocate: Customer,
  options: { copy?: boolean } = {},
): Promise<string> {
  await buy(page, shopUrl, advocate);
  await expectPrompt(page, /recommend Fika & Co\./);
  const dialog = await answerPromoter(page);
  const link = dialog.getByRole('textbox', { name: 'Your personal link' });
  await expect(link).toHaveValue(/\?ref=/);
  const url = await link.inputValue();
  if (options.copy) {
    // Copied to be sent on: the copy event tells the server this device is the advocate's.
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
  }
  await closePrompt(page);
  return url;
}

/** The friend's offer as it greets them: "Anna gave you 20% off". */
export const friendOfferTitle = (advocateFirstName: string) =>
  `${advocateFirstName} gave you 20% off`;

/** On the friend offer: types the email and asks for the code. */
export async function claimOffer(page: Page, email: string): Promise<void> {
  const dialog = promptDialog(page);
  await dialog.getByRole('textbox', { name: 'Your email' }).fill(email);
  await dialog.getByRole('button', { name: 'Get my code' }).click();
}
