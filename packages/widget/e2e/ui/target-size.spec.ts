// The size of every target the README states: each at least 44 px high and 24 px wide
// (WCAG 2.2 AA 2.5.8 asks 24 × 24), and the 0–10 scale's buttons as the README gives them.
import { expect, mount, settled, test } from './fixtures.js';

const viewports = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
};

/** Width × height of every button, link and field in the prompt, by selector kind. */
function targets(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const root = document.querySelector('grapevine-prompt')?.shadowRoot;
    const sizes = (selector: string) =>
      [...(root?.querySelectorAll<HTMLElement>(selector) ?? [])]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => {
          const { width, height } = element.getBoundingClientRect();
          return {
            name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '',
            width,
            height,
          };
        });
    return { scores: sizes('[data-score]'), all: sizes('button, a[href], input, textarea') };
  });
}

for (const [name, viewport] of Object.entries(viewports)) {
  test(`targets are at least 44 px high and 24 px wide; the score buttons' size (${name})`, async ({
    open,
    page,
  }) => {
    await page.setViewportSize(viewport);
    await open();
    await mount(page, {});
    // Measured once the entrance motion (a rise and a scale) has finished.
    await settled(page);
    const { scores, all } = await targets(page);
    expect(scores).toHaveLength(11);
    for (const target of all) {
      // Layout may land a fraction under (43.9 px on a phone): rounded, as a pointer sees it.
      expect(Math.round(target.height), target.name).toBeGreaterThanOrEqual(44);
      expect(target.width, target.name).toBeGreaterThanOrEqual(24);
    }
    const widths = scores.map((score) => Math.round(score.width));
    // What the widget README states: 33 × 44 px in one row on desktop, 44 px or wider on phones.
    if (name === 'desktop') expect(Math.min(...widths)).toBeGreaterThanOrEqual(33);
    else expect(Math.min(...widths)).toBeGreaterThanOrEqual(44);
    test.info().annotations.push({
      type: 'score buttons',
      description: `${Math.min(...widths)}–${Math.max(...widths)} × ${Math.round(scores[0]?.height ?? 0)} px`,
    });
  });
}
