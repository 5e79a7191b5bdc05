// Journey 6: resilience. The server goes down mid-journey: the NPS answer waits in the
// browser and arrives exactly once when the server is back. The server answers garbage:
// the shopper gets a friendly fallback and the page no uncaught error.
import { expect, test } from './fixtures.js';
import { expectPrompt, promptDialog, promptHosts, scoreRadio } from './support/prompt.js';
import { snap } from './support/screenshots.js';
import { expectRows } from './support/server.js';
import { buy } from './support/shop.js';

test('resilience: an answer given while the server is down arrives once it is back', async ({
  page,
  stack,
  customer,
  server,
  guard,
}) => {
  guard.allow(/ERR_CONNECTION_REFUSED/);
  guard.allow(/^Grapevine: (events could not be sent yet|outbox TransportError)/);
  await buy(page, stack.shopUrl, customer);
  await expectPrompt(page, /recommend Fika & Co\./);

  await stack.stopApi();
  await scoreRadio(page, 7).click();
  const dialog = await expectPrompt(page, 'What would make it a 10?');
  await dialog.getByRole('textbox').fill('Faster shipping to Aarhus.');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expectPrompt(page, 'Thank you!');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(promptHosts(page)).toHaveCount(0);
  // Kept in the browser, not delivered.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.entries(localStorage).some(
          ([key, value]) => key.startsWith('grapevine') && value.includes('Faster shipping'),
        ),
      ),
    )
    .toBe(true);
  expect(await server.answersOf(customer.email)).toEqual([]);

  await stack.restartApi();
  await page.goto(`${stack.shopUrl}/`);
  const [answer] = await expectRows(() => server.answersOf(customer.email), 1, 'answer delivered');
  expect(answer).toMatchObject({
    score: 7,
    segment: 'passive',
    comment: 'Faster shipping to Aarhus.',
  });

  // More page views and a reconnect: still exactly one.
  await page.goto(`${stack.shopUrl}/cart.html`);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.goto(`${stack.shopUrl}/refer.html`);
  await expectRows(() => server.eventsOf(customer.email, 'nps-answer'), 1, 'sent exactly once');
  expect(await server.answersOf(customer.email)).toHaveLength(1);
});

test('resilience: garbage from the server never breaks the page', async ({
  page,
  stack,
  customer,
  guard,
}, testInfo) => {
  // Grapevine names what was wrong in the console (that is its job); the page must not throw.
  guard.allow(/^Grapevine/);
  let junk = 0;
  await page.route(`${stack.apiUrl}/v1/**`, (route) => {
    junk += 1;
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"url": 42, "code": null, "accepted": "yes", "<html>": [',
    });
  });
  await buy(page, stack.shopUrl, customer);
  await expectPrompt(page, /recommend Fika & Co\./);
  await scoreRadio(page, 10).click();
  const followUp = await expectPrompt(page, 'What do you love most?');
  await followUp.getByRole('button', { name: 'Skip' }).click();
  // Without a usable link the promoter is thanked, not shown "We couldn't load your link".
  const dialog = await expectPrompt(page, 'Thank you!');
  await expect(dialog.getByRole('textbox', { name: 'Your personal link' })).toHaveCount(0);
  await expect(dialog.getByText('couldn’t load your link')).toHaveCount(0);
  await snap(page, testInfo, 'resilience-1-link-fallback');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(promptHosts(page)).toHaveCount(0);
  await page.goto(`${stack.shopUrl}/refer.html`);
  await expect(page.getByRole('heading', { level: 1, name: 'Refer a friend' })).toBeVisible();
  expect(junk, 'the junk was served').toBeGreaterThan(0);
  await expect(promptDialog(page)).toHaveCount(0);
});
