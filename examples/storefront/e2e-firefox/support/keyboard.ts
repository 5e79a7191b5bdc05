// Keyboard-only use: Tab, Shift+Tab and the other keys a keyboard user presses, with the
// focused control read through open shadow roots.
import type { KeyInput, Page } from 'puppeteer-core';
import { focusedName } from './prompt.js';

/** Presses `key` with Shift held. */
export async function pressShifted(page: Page, key: KeyInput): Promise<void> {
  await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  await page.keyboard.up('Shift');
}

/** Presses Tab (at most `limit` times) until the focused control is named `name`. */
export async function tabTo(page: Page, name: string, limit = 40): Promise<void> {
  for (let presses = 0; presses <= limit; presses += 1) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}" (focus is on "${await focusedName(page)}")`);
}

/**
 * Presses Tab (or Shift+Tab with `backwards`) `times` times and returns, for each press,
 * where focus went: the control's name, or `null` when it left the prompt.
 */
export async function tabbing(
  page: Page,
  times: number,
  backwards = false,
): Promise<(string | null)[]> {
  const stops: (string | null)[] = [];
  for (let press = 0; press < times; press += 1) {
    if (backwards) await pressShifted(page, 'Tab');
    else await page.keyboard.press('Tab');
    const inside = await page.evaluate(
      () => document.activeElement?.tagName === 'GRAPEVINE-PROMPT',
    );
    stops.push(inside ? await focusedName(page) : null);
  }
  return stops;
}
