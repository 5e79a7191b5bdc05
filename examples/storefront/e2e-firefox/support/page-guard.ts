// Fails a journey on anything a page reports as broken: an uncaught exception, or a console
// error or warning the journey did not announce as expected. The same rule as the Chromium
// journeys' guard (../e2e/support/page-guard.ts), for pages driven by puppeteer.
import type { ConsoleMessage, Page } from 'puppeteer-core';

export interface PageGuard {
  /** Watches `page` from now on. */
  watch(page: Page): void;
  /** Console errors and warnings matching `pattern` are expected from now on. */
  allow(pattern: RegExp): void;
  /** Everything unexpected so far, one line each. */
  problems(): string[];
}

export function createPageGuard(): PageGuard {
  const allowed: RegExp[] = [];
  const problems: string[] = [];
  const where = (page: Page) => {
    try {
      return new URL(page.url()).pathname;
    } catch {
      return page.url();
    }
  };
  return {
    watch(page) {
      page.on('pageerror', (error) => {
        if (fromDriver(error)) return;
        const message = error instanceof Error ? error.message : String(error);
        problems.push(`pageerror on ${where(page)}: ${message}`);
      });
      page.on('console', (message: ConsoleMessage) => {
        const type = message.type();
        if (type !== 'error' && type !== 'warn') return;
        const resource = message.location().url ?? '';
        const text = /^Failed to load resource/.test(message.text())
          ? `${message.text()} ${resource}`
          : message.text();
        if (allowed.some((pattern) => pattern.test(text))) return;
        problems.push(`console.${type} on ${where(page)}: ${text}`);
      });
    },
    allow: (pattern) => void allowed.push(pattern),
    problems: () => [...problems],
  };
}

/**
 * An error thrown only by puppeteer's own scripts in the page (every frame in `pptr:`), not by
 * the page. Chromium over WebDriver BiDi throws one when an ARIA query polls a document whose
 * puppeteer binding is not installed yet (just after a navigation); the query retries.
 */
function fromDriver(error: unknown): boolean {
  const frames = (error instanceof Error ? (error.stack ?? '') : '')
    .split('\n')
    .filter((line) => /^\s*at /.test(line));
  return frames.length > 0 && frames.every((frame) => /\(pptr:|at pptr:/.test(frame));
}
