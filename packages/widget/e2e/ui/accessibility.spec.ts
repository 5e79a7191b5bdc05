// axe-core in real Chromium on every prompt and step: zero violations allowed.
import type { Page } from '@playwright/test';
import { expect, type MountOptions, mount, settled, test } from './fixtures.js';

async function axeViolations(page: Page): Promise<string[]> {
  await settled(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/axe.js' });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResult> } })
      .axe;
    type AxeResult = { violations: { id: string; help: string; nodes: { target: unknown }[] }[] };
    const result = await axe.run(
      { include: [['grapevine-prompt']] },
      { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    );
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    );
  });
}

const prompt = (page: Page) => page.locator('grapevine-prompt');

for (const placement of ['modal', 'corner', 'sheet'] as const) {
  test(`NPS steps have no axe violations (${placement})`, async ({ open, page }) => {
    await open();
    await mount(page, {
      placement,
      promoterToReferral: false,
      reviewUrl: 'https://reviews.example/a',
    });
    expect(await axeViolations(page)).toEqual([]);
    await prompt(page).locator('[data-score="9"]').click();
    await expect(prompt(page).locator('textarea')).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await prompt(page).locator('textarea').fill('The tea is lovely');
    await prompt(page).locator('button[type=submit]').click();
    await expect(prompt(page).locator('h2')).toHaveText('Thank you!');
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`referral states have no axe violations (${placement})`, async ({ open, page }) => {
    await open();
    await mount(page, { kind: 'referral', placement }, { referral: 'pending' });
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.querySelector('grapevine-prompt')?.remove());
    await mount(page, { kind: 'referral', placement }, { referral: 'reject' });
    await expect(prompt(page).locator('.note')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.querySelector('grapevine-prompt')?.remove());
    await mount(page, { kind: 'referral', placement });
    await expect(prompt(page).locator('input')).toHaveValue(/ANNA20/);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('promoter → follow-up → referral step and a custom brand colour have no axe violations', async ({
  open,
  page,
}) => {
  await open();
  await mount(page, { promoterToReferral: true, theme: { brand: '#ffd60a' } });
  expect(await axeViolations(page)).toEqual([]);
  await prompt(page).locator('[data-score="10"]').click();
  await expect(prompt(page).locator('h2')).toHaveText('What do you love most?');
  await expect(prompt(page).locator('textarea')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await prompt(page).getByRole('button', { name: 'Skip' }).click();
  await expect(prompt(page).locator('h2')).toHaveText('Glad you love Acme Tea!');
  await expect(prompt(page).locator('h2')).toBeFocused();
  await expect(prompt(page).locator('input')).toHaveValue(/ANNA20/);
  expect(await axeViolations(page)).toEqual([]);
});

test('text on the brand button keeps 4.5:1 for light and dark brand colours', async ({
  open,
  page,
}) => {
  await open();
  for (const brand of ['#ffd60a', '#0b3d2e', 'hotpink', 'hsl(200 90% 50%)']) {
    await mount(page, { kind: 'referral', theme: { brand } });
    await expect(prompt(page).locator('.primary')).toBeVisible();
    expect(await axeViolations(page), brand).toEqual([]);
    await page.evaluate(() => document.querySelector('grapevine-prompt')?.remove());
  }
});

test('dark and right-to-left prompts have no axe violations', async ({ open, page }) => {
  await open();
  for (const request of [
    { theme: { scheme: 'dark' } },
    { kind: 'referral', theme: { scheme: 'dark', brand: '#0b6e4f' } },
    { kind: 'referral', theme: { scheme: 'dark', brand: '#1e1b4b' } },
    { kind: 'referral', dir: 'rtl', placement: 'corner' },
  ]) {
    await mount(page, request);
    await expect(prompt(page).locator('h2')).toBeVisible();
    expect(await axeViolations(page), JSON.stringify(request)).toEqual([]);
    await page.evaluate(() => document.querySelector('grapevine-prompt')?.remove());
  }
});

test('every friend-offer state has no axe violations', async ({ open, page }) => {
  await open();
  const cases: [Record<string, unknown>, MountOptions][] = [
    [{ kind: 'friend-offer' }, { friendOffer: 'pending' }],
    [{ kind: 'friend-offer', placement: 'corner' }, { friendOffer: 'invalid' }],
    [{ kind: 'friend-offer' }, { friendOffer: 'self' }],
    [{ kind: 'friend-offer', theme: { scheme: 'dark' } }, {}],
  ];
  for (const [request, options] of cases) {
    await mount(page, request, options);
    await expect(prompt(page).locator('h2')).toBeVisible();
    expect(await axeViolations(page), JSON.stringify(options)).toEqual([]);
    await page.evaluate(() => document.querySelector('grapevine-prompt')?.remove());
  }
  await mount(page, { kind: 'friend-offer' }, { claim: 'fail' });
  await prompt(page).locator('#gv-email').fill('nope');
  await prompt(page).locator('button[type=submit]').click();
  await expect(prompt(page).locator('#gv-error')).toContainText('Please enter an email');
  expect(await axeViolations(page)).toEqual([]);
  await prompt(page).locator('#gv-email').fill('friend@example.com');
  await prompt(page).locator('button[type=submit]').click();
  await expect(prompt(page).locator('#gv-error')).toContainText('Your email is still here');
  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate(() => document.querySelector('grapevine-prompt')?.remove());
  await mount(page, { kind: 'friend-offer' });
  await prompt(page).locator('#gv-email').fill('friend@example.com');
  await prompt(page).locator('button[type=submit]').click();
  await expect(prompt(page).locator('#gv-link')).toHaveValue('WELCOME-7F3K');
  expect(await axeViolations(page)).toEqual([]);
});

test('every control is at least 44 px high', async ({ open, page }) => {
  await open();
  const short = async () => {
    // Measured after the entrance motion: its scale(.98) would shrink every box by 2 %.
    await settled(page);
    return page.evaluate(() => {
      const root = document.querySelector('grapevine-prompt')?.shadowRoot;
      return [...(root?.querySelectorAll('button, a, input, textarea') ?? [])]
        .map(
          (element) =>
            [element.outerHTML.slice(0, 60), element.getBoundingClientRect().height] as const,
        )
        .filter(([, height]) => height > 0 && height < 44);
    });
  };
  await mount(page, { kind: 'referral' });
  await expect(prompt(page).locator('#gv-link')).toBeVisible();
  expect(await short()).toEqual([]);
  await page.evaluate(() => document.querySelector('grapevine-prompt')?.remove());
  await mount(page, {});
  expect(await short()).toEqual([]);
  await page.evaluate(() => document.querySelector('grapevine-prompt')?.remove());
  await mount(page, { kind: 'friend-offer' });
  await expect(prompt(page).locator('#gv-email')).toBeVisible();
  expect(await short()).toEqual([]);
});

test('keyboard focus is visible', async ({ open, page }) => {
  await open();
  await mount(page, {});
  await page.keyboard.press('Tab');
  const outline = await prompt(page)
    .locator('[data-score="0"]')
    .evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
  expect(outline).toEqual({ style: 'solid', width: '2px' });
});

test('with reduced motion the prompt neither animates in nor waits to leave', async ({
  open,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open();
  await mount(page, {});
  const running = await page.evaluate(
    () => document.querySelector('grapevine-prompt')?.shadowRoot?.getAnimations().length,
  );
  expect(running).toBe(0);
  await page.keyboard.press('Escape');
  await expect(prompt(page)).toHaveCount(0, { timeout: 100 });
});

test('localized prompts have no axe violations and carry their language', async ({
  open,
  page,
}) => {
  await open();
  for (const [request, lang] of [
    [{ locale: 'ja-JP' }, 'ja-JP'],
    [{ kind: 'referral', locale: 'zh-CN' }, 'zh-CN'],
    [{ kind: 'friend-offer', locale: 'fi' }, 'fi'],
  ] as const) {
    await mount(page, request);
    await expect(prompt(page).locator('.root')).toHaveAttribute('lang', lang);
    expect(await axeViolations(page), JSON.stringify(request)).toEqual([]);
    await page.evaluate(() => document.querySelector('grapevine-prompt')?.remove());
  }
});
