// Keyboard-only use: Tab through the page (into open shadow roots) until the wanted control
// has focus, the way a keyboard user gets there.
import { expect, type Page } from '@playwright/test';

/** The accessible-ish name of the deeply focused element: aria-label, label text or content. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!(active instanceof HTMLElement)) return '';
    const labelled = active.getAttribute('aria-label');
    if (labelled) return labelled;
    const label = 'labels' in active ? (active as HTMLInputElement).labels?.[0] : undefined;
    return (label?.textContent ?? active.textContent ?? '').trim();
  });
}

/** Presses Tab (at most `limit` times) until the focused control is named `name`. */
export async function tabTo(page: Page, name: string | RegExp, limit = 40): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let presses = 0; presses <= limit; presses += 1) {
    if (matches(await focusedName(page))) return;
    await page.keyboard.press('Tab');
  }
  expect.soft(await focusedName(page), `Tab never reached ${String(name)}`).toBe(String(name));
  throw new Error(`Tab never reached ${String(name)}`);
}

/** Whether focus is inside a Grapevine prompt. */
export function focusInPrompt(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.tagName === 'GRAPEVINE-PROMPT');
}
