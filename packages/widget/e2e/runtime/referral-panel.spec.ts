// `<grapevine-referral>` with the script tag in real Chromium: the loader finds the element,
// loads the panel's UI bundle, and the panel shows the advocate's link and numbers from the backend;
// a page without the element never downloads the UI; signed out, the shop's sign-in hint.
import { expect, type Page, test } from '@playwright/test';
import { STUB } from '../../src/script/snippet.js';
import { ERROR_COUNTER, serverForFile } from './serve.js';

const spec = serverForFile();

const referral = { id: 'refer', kind: 'referral', triggers: [{ type: 'purchase' }] };
/** Generous: with two CPU cores shared by parallel suites, chunks can take a while. */
const shown = { timeout: 15_000 };

function programmePage(body: string, stub = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Refer a friend</title>
<script>${STUB}${stub}</script>
<script type="application/json" id="gv-campaigns">${JSON.stringify({ campaigns: [referral] })}</script>
<script async src="/cdn/v1/grapevine.js" data-endpoint="${spec.server.origin}/api" data-site-key="pk_test" data-config="gv-campaigns"></script>
</head><body><h1>Give 20 %, get 20 %</h1>${body}</body></html>`;
}

async function open(page: Page, path: string): Promise<{ errors: string[]; scripts: string[] }> {
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await page.addInitScript(ERROR_COUNTER);
  await page.goto(`${spec.server.origin}${path}`);
  return { errors, scripts };
}

test('shows the identified advocate’s link and numbers, and records a copy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  spec.server.page('/panel/refer', {
    html: programmePage(
      '<grapevine-referral></grapevine-referral>',
      `grapevine('identify', { id: 'c-1', email: 'anna@example.com' });`,
    ),
  });
  const { errors, scripts } = await open(page, '/panel/refer');
  const panel = page.locator('grapevine-referral');
  await expect(panel.locator('#gv-link')).toHaveValue('https://shop.example/?ref=ANNA-7K2', shown);
  // The panel's own UI bundle, none of the prompts'.
  expect(scripts.filter((path) => path.includes('grapevine-ui'))).toEqual([
    '/cdn/v1/grapevine-ui-panel.js',
  ]);
  await expect(panel.locator('dd')).toHaveText(['12', '3', '2', '€20.00', '€10.00']);
  await panel.getByRole('button', { name: 'Copy' }).click();
  await expect
    .poll(() => spec.server.events.find((event) => event.type === 'copy'), { timeout: 10_000 })
    .toMatchObject({ campaignId: 'refer', variantId: 'default', code: 'ANNA-7K2' });
  expect(errors).toEqual([]);
});

test('a page without the element never loads the UI chunk', async ({ page }) => {
  spec.server.page('/panel/home', { html: programmePage('<p>Welcome</p>') });
  const { scripts } = await open(page, '/panel/home');
  // `explain()` answers once the runtime has started, and so has made its one check.
  const started = () =>
    page.evaluate(async () =>
      Array.isArray(
        await (window as unknown as { grapevine(c: string): Promise<unknown> }).grapevine(
          'explain',
        ),
      ),
    );
  await expect.poll(started, shown).toBe(true);
  expect(scripts.filter((path) => path.includes('grapevine-ui'))).toEqual([]);
});

test('signed out, the panel shows the shop’s sign-in hint and link', async ({ page }) => {
  spec.server.page('/panel/signed-out', {
    html: programmePage(
      '<grapevine-referral data-sign-in-text="Log in to get your link." data-sign-in-url="https://shop.example/login"></grapevine-referral>',
    ),
  });
  const { errors } = await open(page, '/panel/signed-out');
  const panel = page.locator('grapevine-referral');
  await expect(panel.getByText('Log in to get your link.')).toBeVisible(shown);
  await expect(panel.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
    'href',
    'https://shop.example/login',
  );
  await expect(panel.locator('dd')).toHaveCount(0);
  expect(errors).toEqual([]);
});
