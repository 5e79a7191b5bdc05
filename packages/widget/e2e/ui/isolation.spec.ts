// Hostile host CSS and a strict CSP must not change or break the prompts.
import { expect, mount, settled, state, test } from './fixtures.js';

test('hostile global CSS cannot hide, restyle or cover the prompt', async ({ open, page }) => {
  await open('/hostile');
  await mount(page, { kind: 'referral', zIndex: 2147483647 });
  const prompt = page.locator('grapevine-prompt');
  const card = prompt.locator('.card');
  await expect(card).toBeVisible();
  await expect(prompt.locator('.primary')).toBeVisible();
  await settled(page);

  const look = await page.evaluate(() => {
    const host = document.querySelector('grapevine-prompt') as HTMLElement;
    const root = host.shadowRoot as ShadowRoot;
    const title = root.querySelector('h2') as HTMLElement;
    const box = (root.querySelector('.card') as HTMLElement).getBoundingClientRect();
    const style = getComputedStyle(title);
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + 20);
    return {
      hostDisplay: getComputedStyle(host).display,
      font: style.fontFamily,
      weight: style.fontWeight,
      italic: style.fontStyle,
      spacing: style.letterSpacing,
      transform: style.textTransform,
      color: style.color,
      size: style.fontSize,
      onTop: hit === host,
      inView: box.top >= 0 && box.bottom <= innerHeight && box.width > 300,
      adBlockerMatch: host.matches(
        '[class*="popup"],[class*="modal"],[id*="overlay"],[class*="banner"],[class^="ad"],[id^="ad"]',
      ),
    };
  });
  expect(look).toEqual({
    hostDisplay: 'block',
    font: expect.not.stringContaining('Comic') as unknown as string,
    weight: '650',
    italic: 'normal',
    spacing: expect.stringMatching(/^(normal|-0\.2px)$/) as unknown as string,
    transform: 'none',
    color: 'rgb(17, 24, 39)',
    size: '20px',
    onTop: true,
    inView: true,
    adBlockerMatch: false,
  });
});

test('under a strict CSP every prompt and step runs with zero violations', async ({
  open,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const response = await page.goto('about:blank');
  expect(response).toBeNull();
  await open();
  const headers = await page.evaluate(async () =>
    (await fetch('/')).headers.get('content-security-policy'),
  );
  expect(headers).toBe("default-src 'self'");
  const prompt = page.locator('grapevine-prompt');

  await mount(page, { promoterToReferral: true, theme: { brand: 'rebeccapurple' } });
  await prompt.locator('[data-score="10"]').click();
  await prompt.getByRole('button', { name: 'Skip' }).click();
  await prompt.getByRole('button', { name: 'Copy' }).click();
  await expect(prompt.getByRole('button', { name: 'Copied' })).toBeVisible();
  await prompt.getByRole('button', { name: 'Not now' }).click();
  await expect(prompt).toHaveCount(0);

  await mount(page, { placement: 'corner' });
  await prompt.locator('[data-score="4"]').click();
  await prompt.locator('textarea').fill('Slow delivery');
  await prompt.locator('button[type=submit]').click();
  await prompt.getByRole('button', { name: 'Done' }).click();
  await expect(prompt).toHaveCount(0);

  await mount(page, { kind: 'referral' }, { referral: 'reject' });
  await expect(prompt.locator('.note')).toBeVisible();
  await page.evaluate(() => document.querySelector('grapevine-prompt')?.remove());

  await mount(page, { kind: 'friend-offer', theme: { scheme: 'dark' } });
  await prompt.locator('#gv-email').fill('friend@example.com');
  await prompt.locator('button[type=submit]').click();
  await prompt.getByRole('button', { name: 'Copy' }).click();
  await expect(prompt.getByRole('button', { name: 'Copied' })).toBeVisible();

  const { violations, errors, events } = await state(page);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  expect(events.map(([name]) => name)).toContain('nps-comment');
});

test('the host page head is never written to', async ({ open, page }) => {
  await open();
  const before = await page.evaluate(() => document.head.innerHTML);
  await mount(page, { kind: 'referral' });
  expect(await page.evaluate(() => document.head.innerHTML)).toBe(before);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
});

test('a click on the backdrop dismisses a modal; beside a corner card it reaches the page', async ({
  open,
  page,
}) => {
  await open();
  await mount(page, {});
  await page.mouse.click(20, 20);
  await expect(page.locator('grapevine-prompt')).toHaveCount(0);
  expect((await state(page)).events.map(([name]) => name)).toContain('dismiss');

  await mount(page, { placement: 'corner' });
  const opener = await page.locator('#opener').boundingBox();
  if (!opener) throw new Error('no opener');
  await page.mouse.click(opener.x + 5, opener.y + 5);
  await expect(page.locator('#opener')).toBeFocused();
  await expect(page.locator('grapevine-prompt')).toHaveCount(1);
});
