// Fails a journey on anything the page reports as broken: an uncaught exception, or a console
// error or warning that the test did not announce as expected (a stopped server, junk data).
import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';

export interface PageGuard {
  /** Console errors and warnings matching `pattern` are expected from now on. */
  allow(pattern: RegExp): void;
  /** Everything unexpected so far, one line each. */
  problems(): string[];
}

/** Watches every page of `context`, including popups and tabs opened later. */
export function guardContext(context: BrowserContext): PageGuard {
  const allowed: RegExp[] = [];
  const problems: string[] = [];
  const where = (page: Page) => new URL(page.url() || 'about:blank').pathname;

  const watch = (page: Page) => {
    page.on('pageerror', (error) => problems.push(`pageerror on ${where(page)}: ${error.message}`));
    page.on('console', (message: ConsoleMessage) => {
      const type = message.type();
      if (type !== 'error' && type !== 'warning') return;
      // "Failed to load resource" names no URL in its text; the location does.
      const resource = message.location().url;
      const text = /^Failed to load resource/.test(message.text())
        ? `${message.text()} ${resource}`
        : message.text();
      if (allowed.some((pattern) => pattern.test(text))) return;
      problems.push(`console.${type} on ${where(page)}: ${text}`);
    });
  };
  for (const page of context.pages()) watch(page);
  context.on('page', watch);

  return {
    allow: (pattern) => void allowed.push(pattern),
    problems: () => [...problems],
  };
}
