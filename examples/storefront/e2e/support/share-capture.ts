// Share links that would leave the page (mailto:, sms:, new tabs) are caught at the window
// before the browser follows them; the URL is kept for the test to read. The widget's own
// click handler still runs, so the share is recorded as it would be for a real shopper.
import type { Page } from '@playwright/test';

/** Installs the catcher in every page `page` loads from now on. */
export async function captureShareLinks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const opened: string[] = [];
    Object.assign(window, { openedShareLinks: opened });
    window.addEventListener(
      'click',
      (event) => {
        const target = event.composedPath()[0];
        const link = target instanceof Element ? target.closest('a[data-channel]') : null;
        if (!(link instanceof HTMLAnchorElement)) return;
        event.preventDefault();
        opened.push(link.href);
      },
      true,
    );
  });
}

/** The share URLs the shopper opened, in order. */
export function openedShareLinks(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { openedShareLinks: string[] }).openedShareLinks,
  );
}
