// The detractor: answers 3, is asked what went wrong, thanked, and never asked for a referral:
// not on the confirmation, not on the next pages.
import assert from 'node:assert/strict';
import { rows } from './support/eventually.js';
import { journeys } from './support/harness.js';
import {
  expectNoPrompt,
  expectPrompt,
  explainReason,
  focusedName,
  inPrompt,
  NPS_TITLE,
  promptCount,
  scoreRadio,
} from './support/prompt.js';
import { aria, buy, clickAndWait } from './support/shop.js';

journeys('detractor', (journey) => {
  journey('answers 3, says what went wrong, is thanked, never asked to refer', async (j) => {
    const { page, stack, customer, server } = j;
    await buy(page, stack.shopUrl, customer);
    await expectPrompt(page, NPS_TITLE);
    await scoreRadio(page, 3).click();

    await expectPrompt(page, 'What went wrong?');
    assert.equal(await focusedName(page), 'What went wrong?', 'the comment field has focus');
    await inPrompt(page, 'textbox', 'What went wrong?').fill('The kettle arrived dented.');
    await j.snap(page, 'detractor-1-what-went-wrong');
    await inPrompt(page, 'button', 'Send').click();

    await expectPrompt(page, 'Thank you!');
    // By the prompt's own text as well as by role: Chromium's accessibility tree puts the
    // top-layer dialog under the document, Firefox's under its host, so an ARIA query alone
    // could pass in one engine without looking.
    assert.equal(
      await page.evaluate(() =>
        [...document.querySelectorAll('grapevine-prompt')].some((host) =>
          host.shadowRoot?.textContent?.includes('Your personal link'),
        ),
      ),
      false,
      'no referral link for a detractor',
    );
    assert.equal(
      (await page.$$('grapevine-prompt >>> ::-p-aria([name="Your personal link"])')).length +
        (await page.$$('::-p-aria([name="Your personal link"])')).length,
      0,
      'no referral link for a detractor (accessibility tree)',
    );
    await j.snap(page, 'detractor-2-thanks');
    await inPrompt(page, 'button', 'Done').click();
    await expectNoPrompt(page);

    const [answer] = await rows(() => server.answersOf(customer.email), 1, 'one answer');
    assert.deepEqual(
      { score: answer?.score, segment: answer?.segment, comment: answer?.comment },
      { score: 3, segment: 'detractor', comment: 'The kettle arrived dented.' },
    );

    // The next pages: the referral campaign needs a promoter's answer, so it never shows.
    assert.equal(await explainReason(page, 'refer-a-friend'), 'REQUIRES_UNMET');
    for (const link of ['Refer a friend', 'Shop']) {
      await clickAndWait(page, page.locator(aria('link', link)));
      assert.equal(await explainReason(page, 'refer-a-friend'), 'REQUIRES_UNMET');
      assert.equal(await promptCount(page), 0, `no prompt after "${link}"`);
    }
    const impressions = await server.eventsOf(customer.email, 'impression');
    assert.deepEqual(
      impressions.map((event) => event.campaign_id),
      ['post-purchase-nps'],
      'the NPS question was the only prompt shown',
    );
  });
});
