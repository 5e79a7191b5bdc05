// The inline referral panel (<grapevine-referral>) in real Chromium: axe in every state,
// keyboard use, strict CSP, and screenshots.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, state, test } from './fixtures.js';

const out = fileURLToPath(new URL('../../../../.tmp/screenshots/', import.meta.url));
const docs = process.env.GV_DOCS_SCREENSHOTS
  ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
  : undefined;

async function showPanel(page: Page, request: Record<string, unknown> = {}, panel = 'ok') {
  await page.evaluate(
    async ([req, mode]) => {
      await (window as unknown as { gvPanel(r: unknown, o: unknown): Promise<void> }).gvPanel(req, {
        panel: mode,
      });
    },
    [request, panel] as const,
  );
  await page.locator('grapevine-referral section').waitFor();
}

async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/axe.js' });
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; nodes: { target: unknown }[] }[] };
    const { axe } = window as unknown as { axe: { run(...args: unknown[]): Promise<AxeResult> } };
    const result = await axe.run(
      { include: [['grapevine-referral']] },
      { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    );
    return result.violations.map(
      (violation) =>
        `${violation.id} ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    );
  });
}

const cases: [string, Record<string, unknown>, string][] = [
  ['signed in', {}, 'ok'],
  ['signed out', {}, 'signed-out'],
  ['loading', {}, 'pending'],
  ['dark', { theme: { scheme: 'dark', brand: '#0b6e4f' } }, 'ok'],
  ['right to left', { dir: 'rtl' }, 'ok'],
  ['Japanese', { locale: 'ja-JP' }, 'ok'],
];

for (const [name, request, mode] of cases) {
  test(`the panel ${name} has no axe violations`, async ({ open, page }) => {
    await open();
    await showPanel(page, request, mode);
    expect(await axe(page)).toEqual([]);
    expect((await state(page)).violations).toEqual([]);
  });
}

test('the panel works by keyboard and stays in the page flow', async ({ open, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open();
  await showPanel(page);
  const panel = page.locator('grapevine-referral');
  await panel.locator('#gv-link').focus();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Copy' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: 'Copied' })).toBeVisible();
  const position = await panel.evaluate((element) => getComputedStyle(element).position);
  expect(position).toBe('static');
  expect((await state(page)).events).toContainEqual(['copy']);
});

for (const [viewport, size] of [
  ['desktop', { width: 1280, height: 1000 }],
  ['mobile', { width: 390, height: 1100 }],
] as const) {
  for (const [name, request, mode] of [
    ['panel', {}, 'ok'],
    ['panel-signed-out', {}, 'signed-out'],
    ['panel-dark', { theme: { scheme: 'dark' } }, 'ok'],
  ] as const) {
    test(`screenshot ${name} (${viewport})`, async ({ open, page }) => {
      await page.setViewportSize(size);
      await open();
      await showPanel(page, request, mode);
      const section = page.locator('grapevine-referral');
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: `${out}${name}-${viewport}.png` });
      if (docs && viewport === 'desktop')
        await section.screenshot({ path: `${docs}${name}-desktop.png` });
    });
  }
}
