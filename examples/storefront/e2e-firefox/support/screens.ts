// Screenshots: each journey's key steps under .tmp/screenshots/engines/<engine>/{desktop,mobile}/,
// and every open page of a failed journey under .../<engine>/failures/.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const screenshotDir = join(root, '.tmp/screenshots/engines');

function fileIn(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

/** Where the step `name` of a journey is saved, by engine and window size. */
export function screenshotPath(engine: string, page: Page, name: string): string {
  const width = page.viewport()?.width ?? 1280;
  return fileIn(join(screenshotDir, engine, width <= 600 ? 'mobile' : 'desktop'), name);
}

/** Where a failed journey's page is saved. */
export function failurePath(engine: string, name: string): string {
  return fileIn(join(screenshotDir, engine, 'failures'), name);
}

/** Waits until every prompt's entrance (or exit) motion has finished. */
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
