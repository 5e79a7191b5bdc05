// axe-core in the page, scoped to the prompts (it walks into their open shadow roots).
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { settled } from './prompt.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown }[] }[];
}

/** axe's WCAG 2.x A/AA and best-practice violations inside every `<grapevine-prompt>`. */
export async function promptViolations(
  page: Page,
  selector = 'grapevine-prompt',
): Promise<string[]> {
  await settled(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async (include) => {
    const { axe } = window as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<AxeResults> };
    };
    const result = await axe.run(
      { include: [[include]] },
      { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    );
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    );
  }, selector);
}
