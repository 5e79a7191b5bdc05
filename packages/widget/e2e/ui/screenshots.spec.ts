// Screenshots of every prompt and step, desktop and mobile, for a human to look at:
// .tmp/screenshots/<prompt>-<viewport>.png. Each also checks the step really rendered.
// The README's pictures come from the same run:
//   GV_DOCS_SCREENSHOTS=1 pnpm exec playwright test packages/widget/e2e/ui/screenshots.spec.ts
// also writes the scenarios marked `docs` to packages/widget/docs/screenshots/ (the card
// alone at desktop size, the whole screen on mobile).
import { fileURLToPath } from 'node:url';
import { expect, type MountOptions, mount, settled, test } from './fixtures.js';

const out = fileURLToPath(new URL('../../../../.tmp/screenshots/', import.meta.url));
const docs = process.env.GV_DOCS_SCREENSHOTS
  ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
  : undefined;

const viewports = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
};

type Scenario = {
  name: string;
  request: Record<string, unknown>;
  options?: MountOptions;
  /** Clicks to reach the step, as selectors inside the shadow root. */
  steps?: string[];
  /** An email to type into the friend offer before the clicks. */
  email?: string;
  /** Shown in the README. */
  docs?: boolean;
  expectText: string;
};

const scenarios: Scenario[] = [
  {
    name: 'nps-score',
    docs: true,
    request: {},
    expectText: 'How likely are you to recommend Acme Tea',
  },
  {
    name: 'nps-follow-up-passive',
    docs: true,
    request: {},
    steps: ['[data-score="7"]'],
    expectText: 'What would make it a 10?',
  },
  {
    name: 'nps-follow-up-detractor',
    request: {},
    steps: ['[data-score="3"]'],
    expectText: 'What went wrong?',
  },
  {
    name: 'nps-thanks',
    docs: true,
    request: { reviewUrl: 'https://reviews.example/acme-tea' },
    steps: ['[data-score="9"]', 'button[type=submit]'],
    expectText: 'Thank you!',
  },
  {
    name: 'nps-promoter-referral',
    docs: true,
    request: { promoterToReferral: true, reviewUrl: 'https://reviews.example/acme-tea' },
    // Score → the promoter's follow-up → Skip → the referral step.
    steps: ['[data-score="10"]', 'form button[type=button]'],
    expectText: 'Glad you love Acme Tea!',
  },
  {
    name: 'referral',
    docs: true,
    request: { kind: 'referral' },
    expectText: 'Give 20% off, get 20% off',
  },
  {
    name: 'referral-loading',
    request: { kind: 'referral' },
    options: { referral: 'pending' },
    // No amount until the server answers: its offer is the truth (no 50 % → €10 flip).
    expectText: 'Tell your friends',
  },
  {
    name: 'referral-failed',
    request: { kind: 'referral' },
    options: { referral: 'reject' },
    expectText: 'We couldn’t load your link',
  },
  {
    name: 'nps-corner',
    request: { placement: 'corner' },
    expectText: 'How likely are you to recommend Acme Tea',
  },
  {
    name: 'nps-dark',
    docs: true,
    request: { theme: { scheme: 'dark' } },
    expectText: 'How likely are you to recommend Acme Tea',
  },
  {
    name: 'referral-dark',
    docs: true,
    request: { kind: 'referral', theme: { scheme: 'dark', brand: '#0b6e4f' } },
    expectText: 'Give 20% off',
  },
  {
    name: 'nps-follow-up-rtl',
    request: { dir: 'rtl', locale: 'ar' },
    steps: ['[data-score="3"]'],
    expectText: 'ما الذي لم يكن على ما يرام؟',
  },
  {
    name: 'referral-rtl',
    docs: true,
    // Arabic: right to left is the direction of the language shown (English never is).
    request: { kind: 'referral', dir: 'rtl', locale: 'ar', placement: 'corner' },
    expectText: 'أهدِ أصدقاءك',
  },
  {
    name: 'friend-offer',
    docs: true,
    request: { kind: 'friend-offer' },
    expectText: 'Anna gave you 20% off',
  },
  {
    name: 'friend-coupon',
    docs: true,
    request: { kind: 'friend-offer' },
    email: 'friend@example.com',
    steps: ['button[type=submit]'],
    expectText: 'Here’s your code',
  },
  {
    name: 'friend-coupon-apply-link',
    request: { kind: 'friend-offer' },
    options: { claim: 'link' },
    email: 'friend@example.com',
    steps: ['button[type=submit]'],
    expectText: 'Shop with my code',
  },
  {
    name: 'friend-claim-failed',
    request: { kind: 'friend-offer' },
    options: { claim: 'fail' },
    email: 'friend@example.com',
    steps: ['button[type=submit]'],
    expectText: 'Your email is still here',
  },
  {
    name: 'friend-invalid-code',
    docs: true,
    request: { kind: 'friend-offer', placement: 'corner' },
    options: { friendOffer: 'invalid' },
    expectText: 'isn’t valid',
  },
  {
    name: 'nps-ja',
    docs: true,
    request: { locale: 'ja-JP', brandName: 'Acme Tea' },
    expectText: 'Acme Teaを友人や同僚にすすめる可能性',
  },
  {
    name: 'referral-zh',
    docs: true,
    request: { kind: 'referral', locale: 'zh-CN' },
    expectText: '送好友20%优惠',
  },
  {
    name: 'friend-offer-da',
    docs: true,
    request: { kind: 'friend-offer', locale: 'da-DK' },
    expectText: 'Anna har givet dig 20 % rabat',
  },
  {
    name: 'nps-follow-up-fi',
    request: { locale: 'fi-FI' },
    steps: ['[data-score="7"]'],
    expectText: 'Mitä meidän pitäisi tehdä',
  },
  {
    name: 'referral-nb',
    request: { kind: 'referral', locale: 'nb-NO', placement: 'corner' },
    expectText: 'Gi 20 % rabatt, få 20 % rabatt',
  },
  {
    name: 'referral-corner-brand',
    request: { kind: 'referral', placement: 'corner', theme: { brand: '#f5c400', radius: '8px' } },
    expectText: 'Give 20% off',
  },
];

for (const [viewportName, viewport] of Object.entries(viewports)) {
  for (const scenario of scenarios) {
    test(`screenshot ${scenario.name} (${viewportName})`, async ({ open, page }) => {
      await page.setViewportSize(viewport);
      await open();
      await mount(page, scenario.request, scenario.options);
      if (scenario.email) {
        await page.locator('grapevine-prompt #gv-email').fill(scenario.email);
      }
      for (const selector of scenario.steps ?? []) {
        await page.locator('grapevine-prompt').locator(selector).click();
      }
      await expect(page.locator('grapevine-prompt .card')).toContainText(scenario.expectText);
      await page.mouse.move(0, 0);
      await settled(page);
      await page.screenshot({ path: `${out}${scenario.name}-${viewportName}.png` });
      if (docs && scenario.docs) {
        const path = `${docs}${scenario.name}-${viewportName}.png`;
        if (viewportName === 'mobile') await page.screenshot({ path });
        else await page.locator('grapevine-prompt .card').screenshot({ path });
      }
    });
  }
}
