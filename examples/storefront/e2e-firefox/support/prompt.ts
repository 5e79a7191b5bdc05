// Reaching the prompts as a shopper sees them: each is a `<grapevine-prompt>` host with an
// open shadow root, reached with puppeteer's deep combinator (`>>>`) and ARIA queries.
import assert from 'node:assert/strict';
import type { Locator, Page } from 'puppeteer-core';
import { settled } from './screens.js';
import { aria } from './shop.js';

const IN_PROMPT = 'grapevine-prompt >>> ';

/**
 * A control inside the open prompt, by role and exact accessible name: under the shadow
 * host (Firefox), or anywhere on the page (Chromium's accessibility tree hangs a modal
 * <dialog>, on the top layer, under the document; the page behind it is inert).
 */
export const inPrompt = (page: Page, role: string, name?: string): Locator<Element> =>
  page.locator(`${IN_PROMPT}${aria(role, name)}, ${aria(role, name)}`);

/** The 0–10 radio for `score`. */
export const scoreRadio = (page: Page, score: number): Locator<Element> =>
  inPrompt(page, 'radio', String(score));

/** Waits for the prompt's dialog named `title` (its heading) to show and settle. */
export async function expectPrompt(page: Page, title: string): Promise<void> {
  await inPrompt(page, 'dialog', title).wait();
  await settled(page);
}

/** How many prompt hosts are on the page (never more than one may be open). */
export function promptCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('grapevine-prompt').length);
}

/** Waits until every prompt has left the page. */
export async function expectNoPrompt(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('grapevine-prompt').length === 0);
}

/** Closes the open prompt with its close button and waits until it has left the page. */
export async function closePrompt(page: Page): Promise<void> {
  await inPrompt(page, 'button', 'Close').click();
  await expectNoPrompt(page);
}

/** The value of a text field in the prompt, once it has one. */
export async function fieldValue(page: Page, name: string): Promise<string> {
  return inPrompt(page, 'textbox', name)
    .filter((input) => (input as HTMLInputElement).value !== '')
    .map((input) => (input as HTMLInputElement).value)
    .wait();
}

export const NPS_TITLE = 'How likely are you to recommend Fika & Co. to a friend or colleague?';
export const REFERRAL_TITLE = 'Glad you love Fika & Co.!';
export const LINK_LABEL = 'Your personal link';

/**
 * On the NPS question: answers 10, goes through the promoter's follow-up ("What do you love
 * most?") — sends `comment` when given, skips it otherwise — and waits for the referral step.
 */
export async function answerPromoter(page: Page, comment?: string): Promise<void> {
  await scoreRadio(page, 10).click();
  await expectPrompt(page, 'What do you love most?');
  const field = inPrompt(page, 'textbox', 'What do you love most?');
  assert.equal(await focusedName(page), 'What do you love most?', 'the comment field has focus');
  if (comment === undefined) {
    await inPrompt(page, 'button', 'Skip').click();
  } else {
    await field.fill(comment);
    await inPrompt(page, 'button', 'Send').click();
  }
  await expectPrompt(page, REFERRAL_TITLE);
}

/**
 * The focused element, through open shadow roots, named the way a screen reader would in the
 * simple cases: aria-labelledby, aria-label, its label, or its text.
 */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!(active instanceof HTMLElement)) return '';
    const root = active.getRootNode() as Document | ShadowRoot;
    const ids = active.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
    const byIds = ids.map((id) => root.getElementById(id)?.textContent?.trim() ?? '').join(' ');
    if (byIds.trim()) return byIds.trim();
    const labelled = active.getAttribute('aria-label');
    if (labelled) return labelled;
    const label = 'labels' in active ? (active as HTMLInputElement).labels?.[0] : undefined;
    return (label?.textContent ?? active.textContent ?? '').trim();
  });
}

/** Whether focus is inside a Grapevine prompt. */
export function focusInPrompt(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.tagName === 'GRAPEVINE-PROMPT');
}

/**
 * Waits until `grapevine('explain', id)` gives `reason` for a campaign (`'eligible'` when it
 * may show). It answers once the script has started (a value, or a promise of one).
 */
export async function explainReason(page: Page, campaignId: string): Promise<string> {
  const handle = await page.waitForFunction(
    async (id) => {
      const call = (window as unknown as { grapevine?(...args: unknown[]): unknown }).grapevine;
      const answer = (await call?.('explain', id)) as
        | { eligible: boolean; reason?: string }
        | undefined;
      if (!answer) return false;
      return answer.eligible ? 'eligible' : (answer.reason ?? 'no reason');
    },
    {},
    campaignId,
  );
  return (await handle.jsonValue()) as string;
}

/**
 * Waits for the copied state: a "Copied" button and `status` in a live region, checked in the
 * page on every frame (the state lasts 2.5 s, less than a slow round trip on a busy machine).
 * Tells whether focus was on the "Copied" button at that moment.
 */
export async function expectCopied(page: Page, status: string): Promise<{ focused: boolean }> {
  const handle = await page.waitForFunction(
    (said) => {
      const root = document.querySelector('grapevine-prompt')?.shadowRoot;
      if (!root) return false;
      const button = [...root.querySelectorAll('button')].find(
        (candidate) => candidate.textContent?.trim() === 'Copied',
      );
      const statuses = [...root.querySelectorAll('[role=status]')];
      if (!button || !statuses.some((region) => region.textContent?.trim() === said)) return false;
      return { focused: root.activeElement === button };
    },
    {},
    status,
  );
  return (await handle.jsonValue()) as { focused: boolean };
}

/**
 * Where the open modal reaches on a page with a classic scrollbar: the gutter the scroll lock
 * keeps (`innerWidth - clientWidth`, 0 with overlay scrollbars), the frame's right edge and the
 * backdrop's `right` (both must reach the window's edge, over the gutter).
 */
export function modalReach(
  page: Page,
): Promise<{ gutter: number; innerWidth: number; frameRight: number; backdropRight: string }> {
  return page.evaluate(() => {
    const frame = document.querySelector('grapevine-prompt')?.shadowRoot?.querySelector('dialog');
    if (!frame) throw new Error('no open modal');
    return {
      gutter: innerWidth - document.documentElement.clientWidth,
      innerWidth,
      frameRight: frame.getBoundingClientRect().right,
      backdropRight: getComputedStyle(frame, '::backdrop').right,
    };
  });
}
