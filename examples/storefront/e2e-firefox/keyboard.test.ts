// Keyboard: the modal takes focus as it opens; Tab and Shift+Tab stay inside it; the arrow
// keys move the 0–10 radio group; Escape closes it and focus returns to where it was.
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { rows } from './support/eventually.js';
import { journeys } from './support/harness.js';
import { pressShifted, tabbing, tabTo } from './support/keyboard.js';
import {
  expectCopied,
  expectNoPrompt,
  expectPrompt,
  fieldValue,
  focusedName,
  focusInPrompt,
  LINK_LABEL,
  modalReach,
  NPS_TITLE,
  REFERRAL_TITLE,
  scoreRadio,
} from './support/prompt.js';
import { buy } from './support/shop.js';

/** A keyboard user who has tabbed to "Keep shopping" on the thank-you page before the prompt opens. */
async function focusKeepShoppingOnArrival(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => {
      if (location.pathname !== '/thank-you.html') return;
      const links = [...document.querySelectorAll('a')];
      links.find((link) => link.textContent?.trim() === 'Keep shopping')?.focus();
      // A long page: the window shows a scrollbar (a classic one in Firefox on Linux).
      document.body.append(
        Object.assign(document.createElement('div'), { style: 'height:3000px' }),
      );
    });
  });
}

const checked = (page: Page, score: number) =>
  scoreRadio(page, score)
    .map((radio) => radio.getAttribute('aria-checked'))
    .wait();

/** Every stop inside the prompt, and more than one control visited. */
function assertTrapped(stops: (string | null)[], what: string): void {
  assert.ok(!stops.includes(null), `${what} left the prompt: ${JSON.stringify(stops)}`);
  assert.ok(new Set(stops).size > 1, `${what} visited one control only: ${JSON.stringify(stops)}`);
}

journeys('keyboard', (journey) => {
  journey(
    'Tab and Shift+Tab stay in the modal, arrows move the scale, Escape returns focus',
    async (j) => {
      const { page, stack, customer } = j;
      await focusKeepShoppingOnArrival(page);
      await buy(page, stack.shopUrl, customer);
      await expectPrompt(page, NPS_TITLE);
      assert.equal(await focusInPrompt(page), true, 'the modal takes focus as it opens');
      // The scroll lock keeps the scrollbar's gutter (nothing shifts); the dim and the frame
      // still reach the window's right edge over it.
      const reach = await modalReach(page);
      if (j.engine === 'firefox') assert.ok(reach.gutter > 0, 'Firefox shows a classic scrollbar');
      assert.equal(reach.frameRight, reach.innerWidth, 'the frame reaches over the gutter');
      assert.equal(
        reach.backdropRight,
        `${-reach.gutter}px`,
        'the backdrop reaches over the gutter',
      );
      await j.snap(page, 'keyboard-modal-gutter');

      // The scale is one tab stop; the arrows move the choice, Home and End jump to the ends.
      await tabTo(page, '0', 3);
      for (const [key, score] of [
        ['ArrowRight', 1],
        ['ArrowRight', 2],
        ['ArrowLeft', 1],
        ['ArrowDown', 2],
        ['ArrowUp', 1],
        ['End', 10],
        ['Home', 0],
      ] as const) {
        await page.keyboard.press(key);
        assert.equal(await focusedName(page), String(score), `${key} moves focus to ${score}`);
        assert.equal(await checked(page, score), 'true', `${key} checks ${score}`);
      }

      assertTrapped(await tabbing(page, 6), 'Tab');
      assertTrapped(await tabbing(page, 6, true), 'Shift+Tab');

      await page.keyboard.press('Escape');
      await expectNoPrompt(page);
      assert.equal(await focusedName(page), 'Keep shopping', 'focus returns to where it was');
    },
  );

  journey(
    'the promoter steps by keyboard alone, Shift+Tab trapped on the referral step',
    async (j) => {
      const { page, stack, customer, server } = j;
      await buy(page, stack.shopUrl, customer);
      await expectPrompt(page, NPS_TITLE);
      await tabTo(page, '0', 3);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');

      await expectPrompt(page, 'What do you love most?');
      assert.equal(await focusedName(page), 'What do you love most?', 'the comment has focus');
      await tabTo(page, 'Skip');
      await page.keyboard.press('Enter');

      await expectPrompt(page, REFERRAL_TITLE);
      assert.equal(await focusInPrompt(page), true, 'focus moves to the referral step');
      const url = await fieldValue(page, LINK_LABEL);
      await tabTo(page, 'Copy');
      const copied = expectCopied(page, 'Link copied to the clipboard.');
      await page.keyboard.press('Enter');
      assert.equal((await copied).focused, true, 'focus stays on the button');

      assertTrapped(await tabbing(page, 14, true), 'Shift+Tab');
      assertTrapped(await tabbing(page, 14), 'Tab');
      await pressShifted(page, 'Tab');
      await page.keyboard.press('Escape');
      await expectNoPrompt(page);
      assert.equal(await focusInPrompt(page), false, 'focus leaves with the prompt');

      const code = await server.codeOf(customer.email);
      assert.equal(url, `${stack.shopUrl}/?ref=${code}`);
      const [answer] = await rows(() => server.answersOf(customer.email), 1, 'the answer');
      assert.equal(answer?.score, 10);
    },
  );
});
