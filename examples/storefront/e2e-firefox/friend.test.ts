// The friend: opens the advocate's link in a browser with a fresh profile, is greeted by an
// offer in the advocate's name, claims it with an email and gets a coupon. One friend on a
// desktop, one on a phone; the server holds both claims.
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { rows } from './support/eventually.js';
import { type Journey, journeys, PHONE } from './support/harness.js';
import { expectPrompt } from './support/prompt.js';
import { advocateLink, claimOffer, friendOfferTitle } from './support/referral.js';

async function friendClaims(j: Journey, friend: Page, url: string, email: string): Promise<string> {
  await friend.goto(url);
  await expectPrompt(friend, friendOfferTitle('Anna'));
  await friend
    .locator('grapevine-prompt >>> ::-p-text(It’s for your first order at Fika & Co.)')
    .wait();
  await j.snap(friend, 'friend-1-offer');
  const coupon = await claimOffer(friend, email);
  assert.match(coupon, /\S/);
  await j.snap(friend, 'friend-2-coupon');
  return coupon;
}

journeys('friend', (journey) => {
  journey('opens the link in a fresh profile, claims the offer, sees the coupon', async (j) => {
    const { page, stack, customer, server } = j;
    const url = await advocateLink(page, stack.shopUrl, customer);
    const code = new URL(url).searchParams.get('ref') ?? '';
    assert.equal(code, await server.codeOf(customer.email));

    const desktop = await friendClaims(j, await j.freshProfile(), url, `bo.${customer.email}`);
    const phone = await friendClaims(j, await j.freshProfile(PHONE), url, `cy.${customer.email}`);
    assert.notEqual(desktop, phone, 'each friend gets a code of their own');

    const claims = await rows(() => server.claimsOn(code), 2, 'two claims');
    assert.deepEqual(
      claims.map((claim) => [claim.status, claim.friend_email_norm, claim.coupon]),
      [
        ['claimed', `bo.${customer.email}`, desktop],
        ['claimed', `cy.${customer.email}`, phone],
      ],
    );
  });
});
