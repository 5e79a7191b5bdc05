// Keyboard only, in real Chromium: NPS → follow-up → referral, copy, Escape, focus return.
import { expect, mount, state, test } from './fixtures.js';

test('keyboard-only run through NPS → follow-up → referral, copy, then Escape', async ({
  open,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open();
  await page.locator('#opener').focus();
  await mount(page, { promoterToReferral: true });
  const prompt = page.locator('grapevine-prompt');
  await expect(prompt.locator('dialog')).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(prompt.locator('[data-score="0"]')).toBeFocused();
  for (let step = 0; step < 9; step++) await page.keyboard.press('ArrowRight');
  await expect(prompt.locator('[data-score="9"]')).toBeFocused();
  await expect(prompt.locator('[data-score="9"]')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('End');
  await expect(prompt.locator('[data-score="10"]')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(prompt.locator('[data-score="9"]')).toHaveAttribute('aria-checked', 'true');
  // Moving the choice records nothing; Enter commits it.
  expect((await state(page)).events.filter(([name]) => name === 'nps-answer')).toEqual([]);
  await page.keyboard.press('Enter');

  // The promoter's follow-up comes first: type a comment, Tab past Skip to Send.
  await expect(prompt.locator('h2')).toHaveText('What do you love most?');
  await expect(prompt.locator('textarea')).toBeFocused();
  await page.keyboard.type('The oolong');
  await page.keyboard.press('Tab'); // Skip
  await expect(prompt.getByRole('button', { name: 'Skip' })).toBeFocused();
  await page.keyboard.press('Tab'); // Send
  await expect(prompt.getByRole('button', { name: 'Send' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(prompt.locator('h2')).toHaveText('Glad you love Acme Tea!');
  await expect(prompt.locator('h2')).toBeFocused();
  await page.keyboard.press('Tab'); // the link field
  await page.keyboard.press('Tab'); // Copy
  await expect(prompt.getByRole('button', { name: 'Copy' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prompt.getByRole('button', { name: 'Copied' })).toBeVisible();
  await expect(prompt.locator('[role=status]')).toHaveText('Link copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'https://acme-tea.example/r/ANNA20',
  );

  // Tab cycles inside the dialog and never reaches the page.
  for (let step = 0; step < 12; step++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('grapevine-prompt');
  }

  await page.keyboard.press('Escape');
  await expect(prompt).toHaveCount(0);
  await expect(page.locator('#opener')).toBeFocused();
  const { events, errors } = await state(page);
  expect(events.map(([name]) => name)).toEqual([
    'shown',
    'nps-answer',
    'nps-comment',
    'copy',
    'closed',
  ]);
  expect(events[1]).toEqual(['nps-answer', { score: 9, segment: 'promoter' }]);
  expect(events[2]).toEqual(['nps-comment', 'The oolong']);
  expect(errors).toEqual([]);
});

test('Shift+Tab at the first control and Tab at the last stay in the modal, page unscrolled', async ({
  open,
  page,
}) => {
  await open();
  await mount(page, {});
  const prompt = page.locator('grapevine-prompt');
  const first = prompt.locator('[data-score="0"]');
  const last = prompt.locator('.x');
  // From the dialog itself, focused on open, Shift+Tab goes to the last control.
  await expect(prompt.locator('dialog')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(last).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(last).toBeFocused();
  // Every stop in both directions is inside the prompt.
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let step = 0; step < 14; step++) {
      await page.keyboard.press(key);
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('grapevine-prompt');
    }
  }
  expect(await page.evaluate(() => [scrollX, scrollY])).toEqual([0, 0]);
});

test('a corner card never traps focus: Tab leaves it for the page', async ({ open, page }) => {
  await open();
  await mount(page, { placement: 'corner' });
  await expect(page.locator('#opener')).not.toBeFocused();
  await page.locator('grapevine-prompt [data-score="5"]').focus();
  await page.keyboard.press('Tab'); // the close button
  await page.keyboard.press('Tab'); // out of the card, back to the page
  expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('grapevine-prompt');
});

test('in a right-to-left prompt, the left arrow moves to higher scores', async ({ open, page }) => {
  await open();
  await mount(page, { dir: 'rtl' });
  const prompt = page.locator('grapevine-prompt');
  await prompt.locator('[data-score="0"]').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(prompt.locator('[data-score="2"]')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(prompt.locator('[data-score="1"]')).toHaveAttribute('aria-checked', 'true');
});

test('a right-to-left prompt mirrors its layout', async ({ open, page }) => {
  await open();
  await mount(page, { kind: 'referral', dir: 'rtl', placement: 'corner' });
  const box = async (selector: string) => {
    const found = await page.locator('grapevine-prompt').locator(selector).first().boundingBox();
    if (!found) throw new Error(`${selector} is not visible`);
    return found;
  };
  const card = await box('.card');
  const close = await box('.x');
  const copy = await box('.link .primary');
  const field = await box('#gv-link');
  // The card sits in the inline-end corner (left), the close button at the inline end of the
  // card (left), and the Copy button after the field in reading order (to its left).
  expect(card.x).toBeLessThan(100);
  expect(close.x - card.x).toBeLessThan(card.width / 4);
  expect(copy.x).toBeLessThan(field.x);
  await expect(page.locator('grapevine-prompt #gv-link')).toHaveAttribute('dir', 'ltr');
});
