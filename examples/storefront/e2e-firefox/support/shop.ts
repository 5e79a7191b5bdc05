// The shopper's side of the storefront, by roles and labels: buying, and the thank-you page.
import assert from 'node:assert/strict';
import type { Locator, Page } from 'puppeteer-core';
import type { Customer } from './harness.js';

/** An ARIA query for puppeteer (`::-p-aria`): an exact accessible name and a role. */
export function aria(role: string, name?: string): string {
  const named = name === undefined ? '' : `[name=${JSON.stringify(name)}]`;
  return `::-p-aria(${named}[role=${JSON.stringify(role)}])`;
}

/** Clicks `target` and waits for the navigation it starts. */
export async function clickAndWait(page: Page, target: Locator<Element>): Promise<void> {
  await Promise.all([page.waitForNavigation(), target.click()]);
}

/** Product list → cart → checkout → thank-you page, as a shopper clicks through it. */
export async function buy(
  page: Page,
  shopUrl: string,
  customer: Customer,
  options: { coupon?: string } = {},
): Promise<void> {
  await page.goto(`${shopUrl}/`);
  await page.locator(aria('button', 'Add Nordic Morning beans to cart')).click();
  await clickAndWait(page, page.locator(aria('link', 'Cart 1')));
  await page.locator(aria('heading', 'Your cart')).wait();
  await clickAndWait(page, page.locator(aria('link', 'Go to checkout')));
  await page.locator(aria('textbox', 'Name')).fill(customer.name);
  await page.locator(aria('textbox', 'Email')).fill(customer.email);
  if (options.coupon !== undefined) await page.locator('input[name=coupon]').fill(options.coupon);
  await clickAndWait(page, page.locator(aria('button', 'Place order')));
  assert.match(page.url(), /\/thank-you\.html$/);
  const firstName = customer.name.split(' ')[0] ?? customer.name;
  // By its text: the NPS prompt may already be open, a modal that hides the page behind it
  // from the accessibility tree.
  await page.locator(`h1 ::-p-text(Thank you, ${firstName}!)`).wait();
}
