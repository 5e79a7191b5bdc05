// Journey 8: accessibility. The advocate journey by keyboard alone, from the product list to
// the shared link; axe-core finds nothing on any prompt step; every control has a name.
import { expect, test } from './fixtures.js';
import { promptViolations } from './support/axe.js';
import { focusInPrompt, tabTo } from './support/keyboard.js';
import { expectPrompt, promptDialog, promptHosts, scoreRadio } from './support/prompt.js';
import { expectRows } from './support/server.js';
import { captureShareLinks, openedShareLinks } from './support/share-capture.js';
import { buy } from './support/shop.js';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('accessibility: the advocate journey by keyboard only', async ({
  page,
  stack,
  customer,
  server,
}) => {
  await captureShareLinks(page);
  await page.goto(`${stack.shopUrl}/`);
  await tabTo(page, 'Add Nordic Morning beans to cart');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-cart-count]')).toHaveText('1');
  await tabTo(page, /^Cart/);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/cart.html');
  await tabTo(page, 'Go to checkout');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/checkout.html');
  await tabTo(page, /^Name/);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(customer.name);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(customer.email);
  await tabTo(page, 'Place order');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/thank-you.html');

  // The modal takes focus as it opens; the scale is one tab stop, moved with the arrows.
  await expectPrompt(page, /recommend Fika & Co\./);
  expect(await focusInPrompt(page)).toBe(true);
  await page.keyboard.press('Tab');
  await expect(scoreRadio(page, 0)).toBeFocused();
  await page.keyboard.press('End');
  await expect(scoreRadio(page, 10)).toBeFocused();
  await expect(scoreRadio(page, 10)).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Enter');

  // The promoter's follow-up: the comment field has focus; Tab to Skip and press it.
  const followUp = await expectPrompt(page, 'What do you love most?');
  await expect(followUp.getByRole('textbox')).toBeFocused();
  await tabTo(page, 'Skip');
  await page.keyboard.press('Enter');

  const dialog = await expectPrompt(page, 'Glad you love Fika & Co.!');
  await expect(dialog.locator('#gv-title')).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'Your personal link' })).toHaveValue(/ref=/);
  const url = await dialog.getByRole('textbox', { name: 'Your personal link' }).inputValue();
  await tabTo(page, 'Copy');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Copied' })).toBeFocused();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await tabTo(page, 'Email');
  await page.keyboard.press('Enter');
  expect((await openedShareLinks(page))[0]).toMatch(/^mailto:/);

  // The focus trap keeps Tab inside the modal; Escape closes it and focus leaves with it.
  for (let presses = 0; presses < 15; presses += 1) await page.keyboard.press('Tab');
  expect(await focusInPrompt(page)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(promptHosts(page)).toHaveCount(0);
  expect(await focusInPrompt(page)).toBe(false);

  await expectRows(() => server.answersOf(customer.email), 1, 'the answer');
  await expectRows(() => server.eventsOf(customer.email, 'share'), 1, 'the share');
});

test('accessibility: axe finds no violations on any prompt step; controls are named', async ({
  page,
  stack,
  customer,
}) => {
  await buy(page, stack.shopUrl, customer);
  const question = 'How likely are you to recommend Fika & Co. to a friend or colleague?';
  await expectPrompt(page, question);
  await expect(page.getByRole('dialog', { name: question })).toBeVisible();
  const scale = page.getByRole('radiogroup', { name: question });
  await expect(scale.getByRole('radio')).toHaveCount(11);
  await expect(scale.getByRole('radio', { name: '0', exact: true })).toHaveAccessibleDescription(
    'Not likely',
  );
  await expect(scale.getByRole('radio', { name: '10' })).toHaveAccessibleDescription('Very likely');
  await expect(promptDialog(page).getByRole('button', { name: 'Close' })).toBeVisible();
  expect(await promptViolations(page), 'score step').toEqual([]);

  await scoreRadio(page, 10).click();
  const followUp = await expectPrompt(page, 'What do you love most?');
  await expect(page.getByRole('dialog', { name: 'What do you love most?' })).toBeVisible();
  await expect(followUp.getByRole('textbox', { name: 'What do you love most?' })).toBeFocused();
  await expect(followUp.getByRole('button', { name: 'Skip' })).toBeVisible();
  await expect(followUp.getByRole('button', { name: 'Send' })).toBeVisible();
  expect(await promptViolations(page), 'follow-up step').toEqual([]);
  await followUp.getByRole('button', { name: 'Skip' }).click();
  const dialog = await expectPrompt(page, 'Glad you love Fika & Co.!');
  await expect(page.getByRole('dialog', { name: 'Glad you love Fika & Co.!' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Your personal link' })).toHaveValue(/ref=/);
  await expect(dialog.getByRole('list', { name: 'Share via' })).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Terms apply' })).toBeVisible();
  expect(await promptViolations(page), 'referral step').toEqual([]);
  await dialog.getByRole('button', { name: 'Copy' }).click();
  expect(await promptViolations(page), 'copied').toEqual([]);
});

test('accessibility: the detractor steps have no axe violations', async ({
  page,
  stack,
  customer,
}) => {
  await buy(page, stack.shopUrl, customer);
  await expectPrompt(page, /recommend Fika & Co\./);
  await scoreRadio(page, 2).click();
  const dialog = await expectPrompt(page, 'What went wrong?');
  await expect(
    dialog.getByRole('textbox', { name: 'What went wrong?' }),
  ).toHaveAccessibleDescription(/Optional/);
  expect(await promptViolations(page), 'follow-up').toEqual([]);
  await dialog.getByRole('button', { name: 'Skip' }).click();
  await expectPrompt(page, 'Thank you!');
  expect(await promptViolations(page), 'thanks').toEqual([]);
});
