// Arabic and Hebrew in real Chromium: every prompt and the panel, desktop and phone, laid out
// right to left with the amounts, codes and names in their own order; and the direction
// following the language shown, not the page's. Screenshots go to
// .tmp/screenshots/rtl-<locale>-<scenario>-<viewport>.png for a human to look at.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, mount, settled, state, test } from './fixtures.js';

const out = fileURLToPath(new URL('../../../../.tmp/screenshots/', import.meta.url));
const viewports = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
};
const euro = {
  friend: { kind: 'amount', value: 10, currency: 'EUR' },
  advocate: { kind: 'amount', value: 10, currency: 'EUR' },
};

type Scenario = {
  name: string;
  request: Record<string, unknown>;
  options?: Record<string, string>;
  email?: string;
  steps?: string[];
  /** Text the card shows, by locale. */
  expectText: { ar: string; he: string };
};

const scenarios: Scenario[] = [
  { name: 'nps', request: {}, expectText: { ar: 'ترشّح', he: 'תמליצו' } },
  {
    name: 'nps-follow-up',
    request: {},
    steps: ['[data-score="3"]'],
    expectText: { ar: 'ما الذي لم يكن على ما يرام؟', he: 'מה השתבש?' },
  },
  {
    name: 'nps-thanks',
    request: { reviewUrl: 'https://reviews.example/acme-tea' },
    steps: ['[data-score="9"]', 'button[type=submit]'],
    expectText: { ar: 'شكرًا لك!', he: 'תודה רבה!' },
  },
  {
    name: 'nps-promoter-referral',
    request: { promoterToReferral: true },
    steps: ['[data-score="10"]', 'form button[type=button]'],
    expectText: { ar: 'Acme Tea', he: 'Acme Tea' },
  },
  { name: 'referral', request: { kind: 'referral' }, expectText: { ar: 'خصم', he: 'הנחה' } },
  {
    name: 'referral-corner',
    request: { kind: 'referral', placement: 'corner' },
    expectText: { ar: 'رابطك الخاص', he: 'הקישור האישי שלכם' },
  },
  {
    name: 'friend-offer',
    request: { kind: 'friend-offer' },
    expectText: { ar: 'هدية من', he: 'מתנה מ־' },
  },
  {
    name: 'friend-coupon',
    request: { kind: 'friend-offer' },
    email: 'friend@example.com',
    steps: ['button[type=submit]'],
    expectText: { ar: 'WELCOME-7F3K', he: 'WELCOME-7F3K' },
  },
  {
    name: 'friend-invalid',
    request: { kind: 'friend-offer' },
    options: { friendOffer: 'invalid' },
    expectText: { ar: 'غير صالح', he: 'אינו בתוקף' },
  },
];

const LOCALES = [
  ['ar', 'ar'],
  ['he', 'he-IL'],
] as const;

/** The prompt root's direction and language, and the card's computed direction. */
function layout(page: Page, host = 'grapevine-prompt') {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)?.shadowRoot;
    const element = root?.querySelector<HTMLElement>('[dir]');
    return {
      dir: element?.getAttribute('dir'),
      lang: element?.getAttribute('lang'),
      computed: element ? getComputedStyle(element).direction : undefined,
    };
  }, host);
}

for (const [viewportName, viewport] of Object.entries(viewports)) {
  for (const [short, locale] of LOCALES) {
    for (const scenario of scenarios) {
      test(`${short} ${scenario.name} (${viewportName}): right to left, on a left-to-right page`, async ({
        open,
        page,
      }) => {
        await page.setViewportSize(viewport);
        await open();
        await mount(page, { locale, dir: 'rtl', ...scenario.request }, scenario.options);
        if (scenario.email) await page.locator('grapevine-prompt #gv-email').fill(scenario.email);
        for (const selector of scenario.steps ?? []) {
          await page.locator('grapevine-prompt').locator(selector).click();
        }
        const card = page.locator('grapevine-prompt .card');
        await expect(card).toContainText(scenario.expectText[short]);
        expect(await layout(page)).toEqual({ dir: 'rtl', lang: locale, computed: 'rtl' });
        await page.mouse.move(0, 0);
        await settled(page);
        await page.screenshot({ path: `${out}rtl-${short}-${scenario.name}-${viewportName}.png` });
        expect((await state(page)).errors).toEqual([]);
      });
    }

    test(`${short} referral with euro amounts (${viewportName}): each amount isolated in the sentence`, async ({
      open,
      page,
    }) => {
      await page.setViewportSize(viewport);
      await open();
      await mount(
        page,
        { kind: 'referral', locale, dir: 'rtl', offer: euro },
        { referral: 'none' },
      );
      const title = page.locator('grapevine-prompt .card h2');
      // FSI … PDI around the amount inside the discount, and around the discount in the title.
      await expect(title).toContainText(/\u2068.*\u2068\u200f?10.*€\u2069.*\u2069/);
      await settled(page);
      await page.screenshot({ path: `${out}rtl-${short}-referral-euro-${viewportName}.png` });
    });

    test(`${short} panel (${viewportName})`, async ({ open, page }) => {
      await page.setViewportSize({ ...viewport, height: 1100 });
      await open();
      await page.evaluate(
        async ([req]) => {
          await (window as unknown as { gvPanel(r: unknown, o: unknown): Promise<void> }).gvPanel(
            req,
            { panel: 'ok' },
          );
        },
        [{ locale, dir: 'rtl' }] as const,
      );
      const panel = page.locator('grapevine-referral');
      await expect(panel.locator('section')).toContainText(
        short === 'ar' ? 'كيف يعمل البرنامج' : 'איך זה עובד',
      );
      expect(await layout(page, 'grapevine-referral')).toEqual({
        dir: 'rtl',
        lang: locale,
        computed: 'rtl',
      });
      await panel.scrollIntoViewIfNeeded();
      await panel.screenshot({ path: `${out}rtl-${short}-panel-${viewportName}.png` });
    });
  }

  test(`English fallback on an Arabic right-to-left page (${viewportName}): left to right`, async ({
    open,
    page,
  }) => {
    await page.setViewportSize(viewport);
    await open();
    await page.evaluate(() => {
      document.documentElement.lang = 'ar';
      document.documentElement.dir = 'rtl';
    });
    // What the runtime asks for on this page when no catalog serves the text (shownLocale).
    await mount(page, { kind: 'friend-offer', locale: 'en', dir: 'ltr', offer: euro });
    await page.locator('grapevine-prompt #gv-email').fill('friend@example.com');
    await page.locator('grapevine-prompt button[type=submit]').click();
    const card = page.locator('grapevine-prompt .card');
    await expect(card).toContainText('Use it at checkout for 20% off.');
    expect(await layout(page)).toEqual({ dir: 'ltr', lang: 'en', computed: 'ltr' });
    await settled(page);
    await page.screenshot({ path: `${out}rtl-page-english-coupon-${viewportName}.png` });
  });
}
