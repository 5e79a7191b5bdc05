// The shopper's side of the storefront: buying, the toolbar's demo clock, the programme page.
import { expect, type Page } from '@playwright/test';

/** Who is buying. Every journey uses its own email, so journeys sharing a server stay apart. */
export interface Customer {
  name: string;
  email: string;
}

export interface BuyOptions {
  /** The product's name as listed in the shop. @default 'Nordic Morning beans' */
  product?: string;
  /** A coupon to type at checkout (one the checkout pre-fills is kept when omitted). */
  coupon?: string;
  /** Runs on the filled checkout form, just before "Place order" (checks, screenshots). */
  beforeOrder?: (page: Page) => Promise<void>;
}

/** Product list → cart → checkout → thank-you page, as a shopper clicks through it. */
export async function buy(
  page: Page,
  shopUrl: string,
  customer: Customer,
  options: BuyOptions = {},
): Promise<{ orderId: string }> {
  const product = options.product ?? 'Nordic Morning beans';
  await page.goto(`${shopUrl}/`);
  await page.getByRole('button', { name: `Add ${product} to cart` }).click();
  await expect(page.locator('[data-cart-count]')).not.toHaveText('0');
  await page.getByRole('link', { name: /^Cart/ }).click();
  await expect(page.getByRole('heading', { name: 'Your cart' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to checkout' }).click();
  await page.getByLabel('Name').fill(customer.name);
  await page.getByLabel('Email').fill(customer.email);
  if (options.coupon !== undefined) await page.getByLabel(/Coupon code/).fill(options.coupon);
  await options.beforeOrder?.(page);
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL('**/thank-you.html');
  const firstName = customer.name.split(' ')[0] ?? customer.name;
  await expect(page.getByRole('heading', { name: `Thank you, ${firstName}!` })).toBeVisible();
  const orderId = (await page.locator('[data-order-id]').textContent()) ?? '';
  expect(orderId).toMatch(/^FK-/);
  return { orderId };
}

/** Moves the demo clock (page and server) with the toolbar; the page reloads. */
export async function jumpDays(page: Page, days: 1 | 14 | 30): Promise<void> {
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: `+${days} day${days === 1 ? '' : 's'}` }).click();
  await reloaded;
  await expect(page.locator('.demo-toolbar output')).toHaveText(/^clock \+\d+ d$/);
}

/**
 * Sets the demo clock to `days` ahead without a reload (the toolbar's two halves: the page's
 * offset in localStorage, read by demo-clock.js on the next load, and the server's clock).
 */
export async function setDemoClock(page: Page, apiUrl: string, days: number): Promise<void> {
  const current = await page.evaluate((value) => {
    const before = Number(localStorage.getItem('fika:clock-offset-days') ?? 0) || 0;
    localStorage.setItem('fika:clock-offset-days', String(value));
    return before;
  }, days);
  const response = await fetch(`${apiUrl}/demo/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceDays: days - current }),
  });
  expect(response.ok, 'demo clock moved').toBe(true);
}

/** Waits until the Grapevine script has replaced its stub (commands then answer at once). */
export async function grapevineLoaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { grapevine?: { loaded?: boolean } }).grapevine?.loaded === true,
  );
}
