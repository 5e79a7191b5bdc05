// The hosted survey of an NPS email in real Chromium: the survey email is sent over SMTP to
// a real listener, and the spec follows the score links of the caught message: a link
// records the score and opens the widget's own NPS UI on the follow-up; the comment reaches the database; a
// promoter gets the referral step with their link. No console output (a CSP violation
// would print one), screenshots at 600 and 375 px and in Japanese.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createInterface, type Interface } from 'node:readline';
import { expect, type Page, test } from '@playwright/test';

const shots = new URL('../../../.tmp/screenshots/email-survey/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

test.describe.configure({ mode: 'serial' });

let server: ChildProcess | undefined;
let lines: Interface | undefined;
let links: string[] = [];
let emailHtml = '';

const nextLine = () =>
  new Promise<string>((resolve) => {
    lines?.once('line', resolve);
  });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@grapevine/source', 'scripts/survey-server.ts'],
    { cwd: new URL('..', import.meta.url).pathname, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  if (!server.stdout) throw new Error('no stdout');
  lines = createInterface({ input: server.stdout });
  ({ html: emailHtml } = JSON.parse(await nextLine()) as { html: string });
  links = [...emailHtml.matchAll(/href="(http:\/\/127\.0\.0\.1:\d+\/email\/nps\/[^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  expect(links).toHaveLength(11);
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

const answers = async () => {
  const reply = nextLine();
  server?.stdin?.write('answers\n');
  return JSON.parse(await reply) as { score: number; comment: string | null }[];
};

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => problems.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

test('the caught email shows the question and the scale (600 and 375 px)', async ({ browser }) => {
  for (const width of [600, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 720 } });
    await page.setContent(emailHtml);
    await expect(page.getByRole('link', { name: '10 out of 10' })).toBeVisible();
    await page.screenshot({ path: `${shots}email-${width}.png`, fullPage: true });
    await page.close();
  }
});

test('a promoter clicks 10, comments, and gets the referral step', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 600, height: 800 } });
  const problems = watchConsole(page);
  const response = await page.goto(links[9] ?? '');
  expect(response?.status()).toBe(200);
  await page.goto(links[10] ?? '');
  const question = page.getByRole('textbox', { name: 'What do you love most?' });
  await expect(question).toBeVisible();
  await page.screenshot({ path: `${shots}promoter-follow-up-600.png` });
  await question.fill('Quick delivery and lovely socks.');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('Glad you love Nordic Socks!')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your personal link' })).toHaveValue(
    /^http:\/\/127\.0\.0\.1:5173\/\?ref=[A-Z0-9]+$/,
  );
  await page.screenshot({ path: `${shots}promoter-referral-600.png` });
  await expect
    .poll(async () => (await answers()).map((row) => [row.score, row.comment]))
    .toEqual([[10, 'Quick delivery and lovely socks.']]);
  expect(problems).toEqual([]);
});

test('a detractor on a phone, in Japanese, is asked what went wrong', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  const problems = watchConsole(page);
  await page.goto(`${links[3] ?? ''}?lang=ja`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.screenshot({ path: `${shots}detractor-ja-375.png` });
  expect((await answers()).map((row) => row.score)).toEqual([3]);
  expect(problems).toEqual([]);
});

test('an expired or forged link gets a clear page', async ({ page }) => {
  // A character inside the signature, not the last: base64url's last character can carry
  // unused bits, so changing it may leave the very same bytes (and a valid link).
  const link = links[10] ?? '';
  const at = link.length - 5;
  const forged = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
  const response = await page.goto(forged);
  expect(response?.status()).toBe(400);
  await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
  await page.screenshot({ path: `${shots}invalid-375.png` });
});
