// Reaching the prompts. Each prompt is a `<grapevine-prompt>` host with an open shadow root;
// Playwright's CSS and role locators pierce open shadow roots, so these are plain locators.
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The prompt's dialog (NPS, referral or friend offer): a modal `<dialog>` (its role is
 * implicit) or a corner card with `role="dialog"`.
 */
export const promptDialog = (page: Page): Locator =>
  page.locator('grapevine-prompt dialog, grapevine-prompt [role=dialog]');

/** All prompt hosts on the page (never more than one may be open). */
export const promptHosts = (page: Page): Locator => page.locator('grapevine-prompt');

/** The 0–10 radio for `score`. */
export const scoreRadio = (page: Page, score: number): Locator =>
  promptDialog(page).getByRole('radio', { name: String(score), exact: true });

/** Waits until the prompt's entrance (or exit) motion has finished: stable screenshots and colours. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('grapevine-prompt')].every((host) =>
      (host.shadowRoot?.getAnimations() ?? []).every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getComputedTiming().iterations === Infinity,
      ),
    ),
  );
}

/** Waits for a prompt titled `title` to open and settle. */
export async function expectPrompt(page: Page, title: string | RegExp): Promise<Locator> {
  const dialog = promptDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('#gv-title')).toHaveText(title);
  await settled(page);
  return dialog;
}

/** Closes the open prompt with its close button and waits until it has left the page. */
export async function closePrompt(page: Page): Promise<void> {
  await promptDialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(promptHosts(page)).toHaveCount(0);
}

/**
 * Waits until `grapevine('explain')` gives `reason` for a campaign (`'eligible'` when it
 * may show). Commands are queued until the script has started, so this polls.
 */
export async function expectReason(page: Page, campaignId: string, reason: string): Promise<void> {
  await expect
    .poll(() => explainReasonOf(page, campaignId), { message: `explain('${campaignId}')` })
    .toBe(reason);
}

/** The reason code `grapevine('explain')` gives now: `'eligible'`, a code, or `'not started'`. */
export function explainReasonOf(page: Page, campaignId: string): Promise<string | undefined> {
  return page.evaluate(async (id) => {
    const call = (window as unknown as { grapevine?(command: string): unknown }).grapevine;
    // A promise once the script has loaded; the pre-load stub answers nothing.
    const all = (await call?.('explain')) as
      | { campaignId: string; eligible: boolean; reason?: string }[]
      | undefined;
    const entry = all?.find((explanation) => explanation.campaignId === id);
    return entry ? (entry.eligible ? 'eligible' : entry.reason) : 'not started';
  }, campaignId);
}

/** The referral step's title, after a promoter's follow-up. */
export const REFERRAL_TITLE = 'Glad you love Fika & Co.!';

/**
 * Answers 10 and goes through the promoter's follow-up ("What do you love most?"): sends
 * `comment` when given, skips it otherwise; then waits for the referral step and returns it.
 * `tap` uses touch instead of clicks (a mobile context).
 */
export async function answerPromoter(
  page: Page,
  { comment, tap = false }: { comment?: string; tap?: boolean } = {},
): Promise<Locator> {
  const press = (locator: Locator) => (tap ? locator.tap() : locator.click());
  await press(scoreRadio(page, 10));
  const followUp = await expectPrompt(page, 'What do you love most?');
  await expect(followUp.getByRole('textbox')).toBeFocused();
  if (comment === undefined) {
    await press(followUp.getByRole('button', { name: 'Skip' }));
  } else {
    await followUp.getByRole('textbox').fill(comment);
    await press(followUp.getByRole('button', { name: 'Send' }));
  }
  return expectPrompt(page, REFERRAL_TITLE);
}
