// Journey 7: a single-page app. The purchase on the pricing route arms the NPS question; the
// campaign's rules (shown on /account only, once per purchase, one per session) hold across
// client-side navigation, and no page ever reloads.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { type PreviewServer, preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

const test = base.extend<{ errors: string[] }, { app: PreviewServer }>({
  app: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      // The built app (`pnpm build`), as `vite preview` serves it: every path gets index.html.
      if (!existsSync(`${root}dist/index.html`)) {
        throw new Error('examples/vite-app has no build: run `pnpm build` first');
      }
      const server = await preview({
        root,
        logLevel: 'silent',
        preview: { host: '127.0.0.1', port: 0, strictPort: false },
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
      });
      await use(errors);
      expect(errors, 'errors and warnings on the page').toEqual([]);
    },
    { auto: true },
  ],
});

const prompt = (page: Page) => page.locator('grapevine-prompt [role=dialog]');
const hasGlobal = (page: Page) => page.evaluate(() => 'grapevine' in window);

/** The app's "Why is there no prompt?" button: `explain('welcome-nps').summary`. */
async function why(page: Page): Promise<string> {
  const answer = page.locator('[data-why-answer]');
  await page.getByRole('button', { name: 'Why is there no prompt?' }).click();
  // Answered after `await grapevine.ready()`: the rules may sleep on this page view.
  await expect(answer).not.toBeEmpty();
  return (await answer.textContent()) ?? '';
}

/** Follows a nav link (client-side) and waits for the route's heading. */
async function go(page: Page, name: 'Pricing' | 'Docs' | 'Account'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('SPA: a purchase armed on /pricing asks on /account, once, without a page load', async ({
  page,
  app,
}, testInfo) => {
  const origin = app.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
  await page.goto(`${origin}/`);
  // Marks this document: it survives client-side navigation, never a page load.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  const sameDocument = () =>
    page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

  await page.getByRole('button', { name: 'Start the Pro plan' }).click();
  await expect(page.getByText(/Pro plan is active/)).toBeVisible();
  await go(page, 'Docs');
  expect(await why(page)).toMatch(/^welcome-nps: CONTEXT/);
  await expect(prompt(page)).toHaveCount(0);
  expect(await hasGlobal(page), 'the npm build adds no global').toBe(false);

  await go(page, 'Account');
  await expect(prompt(page)).toBeVisible();
  await expect(prompt(page).locator('#gv-title')).toHaveText(
    'How likely are you to recommend Brewlog to a friend or colleague?',
  );
  expect(page.url()).toBe(`${origin}/account`);
  expect(await sameDocument()).toBe(true);
  // Next to the storefront journeys' screenshots, and in the report.
  const shot = await page.screenshot({
    path: `${root}../../.tmp/screenshots/journeys/desktop/spa-1-account-nps.png`,
    animations: 'disabled',
  });
  await testInfo.attach('spa-1-account-nps', { body: shot, contentType: 'image/png' });

  await prompt(page).getByRole('radio', { name: '10' }).click();
  // The promoter's follow-up comes first; skipping it leads to the referral step.
  await expect(prompt(page).locator('#gv-title')).toHaveText('What do you love most?');
  await expect(prompt(page).getByRole('textbox')).toBeFocused();
  await prompt(page).getByRole('button', { name: 'Skip' }).click();
  await expect(prompt(page).locator('#gv-title')).toHaveText('Glad you love Brewlog!');
  const link = prompt(page).getByRole('textbox', { name: 'Your personal link' });
  await expect(link).toHaveValue(new RegExp(`^${origin}/\\?ref=`));
  await prompt(page).getByRole('button', { name: 'Close' }).click();
  await expect(prompt(page)).toHaveCount(0);

  // Answered: going round the app again asks nothing.
  await go(page, 'Pricing');
  await go(page, 'Account');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Pricing' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
  expect(await why(page)).toMatch(/^welcome-nps: (RESPONDED|SHOWN_FOR_TRIGGER|SESSION_CAP)/);
  await expect(prompt(page)).toHaveCount(0);
  expect(await sameDocument()).toBe(true);
});

test('SPA: leaving /account before answering does not bring the question back in the session', async ({
  page,
  app,
}) => {
  const origin = app.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Start the Pro plan' }).click();
  await go(page, 'Account');
  await expect(prompt(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(prompt(page)).toHaveCount(0);
  await go(page, 'Docs');
  await go(page, 'Account');
  expect(await why(page)).toMatch(/^welcome-nps: (SHOWN_FOR_TRIGGER|DISMISS_GAP|SESSION_CAP)/);
  await expect(prompt(page)).toHaveCount(0);
});
