// Playwright fixtures for the UI specs: one harness server per worker, a page on it, and
// helpers to mount a prompt and to reach inside its (open) shadow root.
import { test as base, expect, type Page } from '@playwright/test';
import { type Harness, startHarness } from './harness/server.js';

export interface MountOptions {
  /** How the referral link arrives: resolved, never, rejected, or not at all. */
  referral?: 'ok' | 'pending' | 'reject' | 'none';
  /** The friend offer: valid, never arriving, unknown code, or the shopper's own link. */
  friendOffer?: 'ok' | 'pending' | 'invalid' | 'self';
  /** How the friend's claim ends. */
  claim?: 'ok' | 'fail' | 'link';
}

export const test = base.extend<{ open(path?: string): Promise<Page> }, { harness: Harness }>({
  harness: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      const harness = await startHarness();
      await use(harness);
      await harness.close();
    },
    { scope: 'worker' },
  ],
  open: async ({ page, harness }, use) => {
    await use(async (path = '/') => {
      await page.goto(`${harness.origin}${path}`);
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      return page;
    });
  },
});

export { expect };

/** Mounts a prompt in the page; `request` overrides the harness defaults. */
export async function mount(
  page: Page,
  request: Record<string, unknown> = {},
  options: MountOptions = {},
): Promise<void> {
  await page.evaluate(
    async ([req, opts]) => {
      await (window as unknown as { gvMount(r: unknown, o: unknown): Promise<void> }).gvMount(
        req,
        opts,
      );
    },
    [request, options] as const,
  );
  await page.locator('grapevine-prompt .card').waitFor();
}

/** What the harness page recorded: CSP violations, callbacks, uncaught errors. */
export function state(page: Page) {
  return page.evaluate(() =>
    (
      window as unknown as {
        gvState(): { violations: string[]; events: unknown[][]; errors: string[] };
      }
    ).gvState(),
  );
}

/** Waits until the entrance motion has finished, so screenshots and contrast are stable. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.querySelector('grapevine-prompt')?.shadowRoot;
    return root
      ? root
          .getAnimations()
          .every(
            (animation) =>
              animation.playState !== 'running' ||
              animation.effect?.getComputedTiming().iterations === Infinity,
          )
      : false;
  });
}
