// The npm entry in real Chromium, as an app bundles it: a page using only the headless API
// (show → rendered → answer → comment → one answer stored, in the visitor's language), and
// `<grapevine-referral>` added after start without a URL change (a modal) renders, and again.
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { serveNpmApp } from './npm-app.js';
import { ERROR_COUNTER, serverForFile } from './serve.js';

const spec = serverForFile();
/** Generous: with two CPU cores shared by parallel suites, chunks can take a while. */
const shown = { timeout: 15_000 };
let script = '';

test.beforeAll(async () => {
  const entry = fileURLToPath(new URL('./headless-app.ts', import.meta.url));
  script = await serveNpmApp(spec.server, entry, 'headless-app');
  spec.server.page('/app', {
    html: `<!doctype html><html lang="da"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>App</title>
<script type="module" src="${script}"></script></head>
<body><h1>Tak for din ordre</h1><div id="prompt"></div>
<button id="open-modal">Henvis en ven</button><button id="close-modal">Luk</button></body></html>`,
  });
});

async function open(page: Page, query = ''): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  await page.addInitScript(ERROR_COUNTER);
  await page.goto(`${spec.server.origin}/app${query}`);
  await expect.poll(() => page.evaluate(() => 'app' in window), shown).toBe(true);
  return errors;
}

test('headless: show → rendered → answer → comment stores one answer, in Danish', async ({
  page,
}) => {
  const errors = await open(page);
  const prompt = page.locator('#prompt');
  expect(spec.server.events.filter((event) => event.type === 'impression')).toEqual([]);
  await page.evaluate(() =>
    (window as unknown as { app: { show(id: string): void } }).app.show('nps'),
  );
  const scores = page.getByRole('radiogroup', {
    name: 'Hvor sandsynligt er det, at du vil anbefale os til en ven eller kollega?',
  });
  await expect(scores).toBeVisible(shown);
  await expect(prompt).toHaveAttribute('data-step', 'shown');
  await scores.getByRole('button', { name: '4', exact: true }).click();
  await expect(prompt).toHaveAttribute('data-step', 'answered');
  await page.getByRole('textbox', { name: 'Hvad gik galt?' }).fill('Pakken kom for sent');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(prompt).toHaveAttribute('data-step', 'none');
  await expect
    .poll(() => spec.server.events.filter((event) => event.type === 'nps-answer'), shown)
    .toEqual([
      expect.objectContaining({ score: 4, segment: 'detractor', comment: 'Pakken kom for sent' }),
    ]);
  expect(spec.server.events.filter((event) => event.type === 'impression')).toHaveLength(1);
  expect(spec.server.events.filter((event) => event.type === 'nps-comment')).toEqual([]);
  expect(errors).toEqual([]);
});

test('<grapevine-referral> added after start (a modal, no URL change) renders, and again', async ({
  page,
}) => {
  const errors = await open(page, '?ui=panel');
  const panel = page.locator('grapevine-referral');
  await expect(panel).toHaveCount(0);
  await page.getByRole('button', { name: 'Henvis en ven' }).click();
  await expect(panel.locator('#gv-link')).toHaveValue('https://shop.example/?ref=ANNA-7K2', shown);
  await page.getByRole('button', { name: 'Luk' }).click();
  await expect(panel).toHaveCount(0);
  await page.getByRole('button', { name: 'Henvis en ven' }).click();
  await expect(panel.locator('#gv-link')).toHaveValue('https://shop.example/?ref=ANNA-7K2', shown);
  expect(errors).toEqual([]);
});
