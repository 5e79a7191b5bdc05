// Screenshots of each journey's key steps: attached to the test's report and kept under
// .tmp/screenshots/journeys/ (desktop/ or mobile/), where the README's pictures come from.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, TestInfo } from '@playwright/test';
import { settled } from './prompt.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const screenshotDir = join(root, '.tmp/screenshots/journeys');

/** Saves `page` as `<journey>-<step>.png` once any prompt motion has finished. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await settled(page);
  const width = page.viewportSize()?.width ?? 1280;
  const file = join(screenshotDir, width <= 600 ? 'mobile' : 'desktop', `${name}.png`);
  mkdirSync(dirname(file), { recursive: true });
  const body = await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}
