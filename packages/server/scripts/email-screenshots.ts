// `pnpm --filter @grapevine/server email-screenshots`: renders every email template with its
// sample data in Debian's Chromium and writes PNGs to .tmp/emails/: each template in English
// at 600 px (desktop mail client) and 375 px (phone), and in Japanese (CJK) and Arabic (RTL)
// at 375 px; plus the unsubscribe page. Email HTML is loaded as a document with no network.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper of the workspace, without types.
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import type { MailLocale } from '../src/mail/i18n/locales.js';
import { renderEmail } from '../src/mail/render.js';
import { SAMPLE_DATA } from '../src/mail/samples.js';
import { mailTemplates } from '../src/mail/templates/registry.js';
import { renderUnsubscribePage } from '../src/mail/unsubscribe-page.js';

const out = new URL('../../../.tmp/emails/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const brand = { name: 'Fika & Co.', color: '#2f6f4f' };
const site = { siteKey: 'fika-demo', brand };
const shots: [MailLocale, number][] = [
  ['en', 600],
  ['en', 375],
  ['ja', 375],
  ['ar', 375],
  ['he', 600],
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  // Nothing an email loads may leave the machine: the logo is the only image and there is none here.
  await page.route('**/*', (route) => route.abort());
  for (const id of Object.keys(mailTemplates) as (keyof typeof mailTemplates)[]) {
    for (const [locale, width] of shots) {
      const email = await renderEmail(site, {
        template: id,
        data: SAMPLE_DATA[id],
        locale,
        ...(id === 'detractor-alert'
          ? { footer: 'alert' as const }
          : {
              footer: 'transactional' as const,
              unsubscribeUrl: 'https://grapevine.fika.example/mail/unsubscribe?t=1.x',
            }),
      });
      await page.setViewportSize({ width, height: 800 });
      await page.setContent(email.html, { waitUntil: 'load' });
      await page.screenshot({ path: `${out}${id}-${locale}-${width}.png`, fullPage: true });
    }
  }
  for (const [locale, width] of shots) {
    await page.setViewportSize({ width, height: 700 });
    await page.setContent(
      renderUnsubscribePage(brand, locale, {
        step: 'choose',
        token: '1.x',
        address: 'anna@example.com',
      }).value,
    );
    await page.screenshot({ path: `${out}unsubscribe-${locale}-${width}.png`, fullPage: true });
  }
  console.log(`Screenshots in ${out}`);
} finally {
  await browser.close();
}
