// The prompt on host pages built like real shop themes (harness/hosts/), one per class of
// defect, on a desktop and on a phone: covered (consent banner, promo bar, chat launcher and
// sticky header at z-index 2147483645–2147483647, the page's own modal <dialog>), clipped
// (a 440 px element on a 360 px phone), collapsed (each rule themes put on `body > *`),
// scrolling (a transformed or filtered body, an app shell), and a page without a viewport
// meta tag. Each asserts geometry: every control's centre hits the control, every control
// lies inside the visual viewport (and is 44 px tall on the screen of a phone), and the page
// does not scroll when the prompt opens or closes. Screenshots: .tmp/screenshots/hosts/.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, mount, settled, state, test } from './fixtures.js';

const out = fileURLToPath(new URL('../../../../.tmp/screenshots/hosts/', import.meta.url));

const devices = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: {
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  },
} as const;

/** Every `body > *` rule of harness/hosts/collapsed.css, by its class on <html>. */
const RULES = [
  'content-visibility',
  'fade-in',
  'transform',
  'translate',
  'rotate',
  'scale',
  'will-change',
  'perspective',
  'backdrop-filter',
  'filter',
  'contain',
  'container',
  'zoom',
  'hidden',
];

/**
 * What is wrong with the prompt's layout: each control whose centre hits something else, or
 * that lies outside the visual viewport, or (on a phone) is shorter than 44 px on the
 * screen; a title too small to read on the screen. Empty when all is well.
 */
async function problems(page: Page, phone: boolean): Promise<string[]> {
  await settled(page); // the entrance motion moves and scales the card
  return page.evaluate((phone) => {
    const host = document.querySelector('grapevine-prompt');
    const root = host?.shadowRoot;
    const viewport = window.visualViewport;
    if (!root || !viewport) return ['no prompt'];
    const found: string[] = [];
    const name = (element: Element | null) =>
      element
        ? `${element.localName}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`
        : 'nothing';
    const left = viewport.offsetLeft;
    const top = viewport.offsetTop;
    const controls = root.querySelectorAll<HTMLElement>(
      '.card button, .card a[href], .card input, .card textarea',
    );
    if (controls.length === 0) found.push('no controls');
    for (const control of controls) {
      const label =
        control.getAttribute('aria-label') ?? (control.textContent?.trim() || name(control));
      const box = control.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) {
        found.push(`${label}: not laid out`);
        continue;
      }
      if (
        box.left < left - 0.5 ||
        box.top < top - 0.5 ||
        box.right > left + viewport.width + 0.5 ||
        box.bottom > top + viewport.height + 0.5
      )
        found.push(`${label}: outside the visual viewport`);
      const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!hit || !control.contains(hit)) found.push(`${label}: covered by ${name(hit)}`);
      if (phone && box.height * viewport.scale < 43.5)
        found.push(`${label}: ${Math.round(box.height * viewport.scale)} px tall on the screen`);
    }
    const title = root.querySelector('h2')?.getBoundingClientRect();
    if (!title || title.height * viewport.scale < 27) found.push('the title is too small to read');
    return found;
  }, phone);
}

/** The page's scroll positions: the document's and the app shell's inner scroller's. */
function scroll(page: Page) {
  return page.evaluate(() => [
    window.scrollX,
    window.scrollY,
    document.querySelector('.app')?.scrollTop ?? 0,
  ]);
}

/** The colour of the prompt's `::backdrop`. */
function backdrop(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector('grapevine-prompt')?.shadowRoot?.querySelector('.frame');
    return frame ? getComputedStyle(frame, '::backdrop').backgroundColor : 'no prompt';
  });
}

async function visit(page: Page, origin: string, path: string) {
  await page.goto(`${origin}${path}`);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

async function shoot(page: Page, name: string) {
  await settled(page);
  await page.screenshot({ path: `${out}${name}.png` });
}

async function closeWithEscape(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.locator('grapevine-prompt')).toHaveCount(0);
}

for (const [device, options] of Object.entries(devices)) {
  const phone = device === 'phone';
  test.describe(device, () => {
    test.use(options);

    test('covered: consent banner, promo bar, chat and sticky header at the top z-indexes', async ({
      page,
      harness,
    }) => {
      await visit(page, harness.origin, '/hosts/covered');
      await mount(page, { placement: 'auto', zIndex: 1 });
      expect(await problems(page, phone)).toEqual([]);
      expect(await backdrop(page)).toBe('rgba(17, 24, 39, 0.5)');
      await shoot(page, `covered-${device}`);
      await page.locator('grapevine-prompt [data-score="4"]').click();
      await expect(page.locator('grapevine-prompt textarea')).toBeFocused();
      expect(await problems(page, phone)).toEqual([]);
      await closeWithEscape(page);

      await mount(page, { placement: 'corner', zIndex: 1 });
      expect(await problems(page, phone)).toEqual([]);
      // A corner card leaves the page as it is: no dimmed backdrop.
      expect(await backdrop(page)).toBe('rgba(0, 0, 0, 0)');
      await shoot(page, `covered-corner-${device}`);
      await page.evaluate(() => document.querySelector('grapevine-prompt')?.remove());

      await mount(page, { kind: 'friend-offer', zIndex: 1 });
      await page.locator('grapevine-prompt #gv-email').fill('friend@example.com');
      expect(await problems(page, phone)).toEqual([]);
      expect((await state(page)).errors).toEqual([]);
    });

    test("covered: the page's own modal <dialog> is open", async ({ page, harness }) => {
      await visit(page, harness.origin, '/hosts/covered?dialog');
      await expect(page.locator('dialog.age-gate')).toBeVisible();
      await mount(page, { kind: 'referral' });
      expect(await problems(page, phone)).toEqual([]);
      await shoot(page, `covered-dialog-${device}`);
      await page.locator('grapevine-prompt').getByRole('button', { name: 'Copy' }).click();
      await closeWithEscape(page);
      // The page's dialog is untouched, still open and modal.
      expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(
        true,
      );
    });

    test('clipped: a 440 px wide element', async ({ page, harness }) => {
      await visit(page, harness.origin, '/hosts/clipped');
      if (phone) {
        // The premise: the page is wider than the phone's screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeGreaterThan(
          400,
        );
      }
      await mount(page, { promoterToReferral: true });
      expect(await problems(page, phone)).toEqual([]);
      await shoot(page, `clipped-nps-${device}`);
      await page.locator('grapevine-prompt [data-score="7"]').click();
      await expect(page.locator('grapevine-prompt textarea')).toBeFocused();
      expect(await problems(page, phone)).toEqual([]);
      await shoot(page, `clipped-follow-up-${device}`);
      await closeWithEscape(page);
      await mount(page, { kind: 'referral' });
      await expect(page.locator('grapevine-prompt #gv-link')).toHaveValue(/ANNA20/);
      expect(await problems(page, phone)).toEqual([]);
      await shoot(page, `clipped-referral-${device}`);
    });

    test('collapsed: each rule themes put on body > *', async ({ page, harness }) => {
      // Every rule, twice: about 15 s on a quiet machine, so the default 30 s leaves too little
      // room on a busy one (a CI run under load timed out here).
      test.setTimeout(90_000);
      for (const rule of RULES) {
        await visit(page, harness.origin, `/hosts/collapsed?rule=${rule}`);
        for (const placement of ['auto', 'corner']) {
          await mount(page, { placement });
          expect(await problems(page, phone), `${rule}, ${placement}`).toEqual([]);
          const card = await page.locator('grapevine-prompt .card').boundingBox();
          expect(card?.width, `${rule}, ${placement}`).toBeGreaterThan(300);
          if (placement === 'auto' && ['fade-in', 'scale', 'zoom'].includes(rule))
            await shoot(page, `collapsed-${rule}-${device}`);
          await page.evaluate(() => document.querySelector('grapevine-prompt')?.remove());
        }
      }
    });

    for (const variant of ['?body=transform', '?body=filter', '?shell']) {
      const name = variant.replace(/\W+/g, ' ').trim().replace(' ', '-');
      test(`scrolling: ${name}: opening and closing keep the scroll position`, async ({
        page,
        harness,
      }) => {
        await visit(page, harness.origin, `/hosts/scrolling${variant}`);
        await page.evaluate(() => {
          const scroller = document.querySelector('html.shell')
            ? document.querySelector('.app')
            : null;
          (scroller ?? window).scrollTo({ top: 1500, behavior: 'instant' });
        });
        const before = await scroll(page);
        expect(before).toContain(1500);

        const mainLeft = () =>
          page.evaluate(() => document.querySelector('main')?.getBoundingClientRect().left);
        const left = await mainLeft();
        // The opener is out of view: a focus that scrolls would bring it in on return.
        await mount(page, {});
        expect(await scroll(page)).toEqual(before);
        expect(await mainLeft()).toBe(left);
        expect(await problems(page, phone)).toEqual([]);
        await shoot(page, `scrolling-${name}-${device}`);
        // The page behind does not scroll while the modal is open.
        await page.mouse.wheel(0, 600);
        await page.waitForTimeout(100);
        expect(await scroll(page)).toEqual(before);
        await page.locator('grapevine-prompt .x').click();
        await expect(page.locator('grapevine-prompt')).toHaveCount(0);
        await expect(page.locator('#opener')).toBeFocused();
        expect(await scroll(page)).toEqual(before);
        expect(await mainLeft()).toBe(left);
        expect((await state(page)).errors).toEqual([]);
      });
    }

    test('no viewport meta tag: readable text and 44 px targets', async ({ page, harness }) => {
      await visit(page, harness.origin, '/hosts/no-meta');
      const scale = await page.evaluate(() => window.visualViewport?.scale ?? 1);
      // The premise: a phone lays the page out at 980 px and zooms out to fit.
      if (phone) expect(scale).toBeLessThan(0.5);
      await mount(page, { promoterToReferral: true });
      if (phone)
        await expect(page.locator('grapevine-prompt .root')).toHaveAttribute(
          'data-placement',
          'sheet',
        );
      expect(await problems(page, phone)).toEqual([]);
      await shoot(page, `no-meta-nps-${device}`);
      await page.locator('grapevine-prompt [data-score="10"]').click();
      await page.locator('grapevine-prompt').getByRole('button', { name: 'Skip' }).click();
      await expect(page.locator('grapevine-prompt #gv-link')).toHaveValue(/ANNA20/);
      expect(await problems(page, phone)).toEqual([]);
      await shoot(page, `no-meta-referral-${device}`);
    });
  });
}

// Headless Chromium hides scrollbars unless told otherwise: this one has classic ones.
test('a classic scrollbar: locking the scroll shifts nothing sideways', async ({
  playwright,
  harness,
}) => {
  const browser = await playwright.chromium.launch({
    ...test.info().project.use.launchOptions,
    ignoreDefaultArgs: ['--hide-scrollbars'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await visit(page, harness.origin, '/hosts/scrolling?body=transform');
    await page.evaluate(() => window.scrollTo({ top: 1500, behavior: 'instant' }));
    const gutter = () =>
      page.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
    expect(await gutter()).toBeGreaterThan(0);
    const layout = () =>
      page.evaluate(() => ({
        main: document.querySelector('main')?.getBoundingClientRect().left,
        header: document.querySelector('.site-header')?.getBoundingClientRect().width,
        scrollY: window.scrollY,
      }));
    const before = await layout();
    await mount(page, {});
    expect(await layout()).toEqual(before);
    await page.keyboard.press('Escape');
    await expect(page.locator('grapevine-prompt')).toHaveCount(0);
    expect(await layout()).toEqual(before);
  } finally {
    await browser.close();
  }
});
