// Type-checked by `pnpm --filter @grapevine/widget typecheck`: a page calling the script tag's
// `grapevine()` global with the shipped typing. Without it, `grapevine` is TS2304.
import type { Explanation } from '@grapevine/core';
import type {} from '@grapevine/widget/global';

grapevine('init', { locale: 'de', consent: 'pending', theme: { scheme: 'dark' } });
grapevine('purchase', { orderId: '1001', total: 80, currency: 'EUR' });
grapevine('identify', async () => ({ id: 'c_42', signedAt: 1, signature: 'v2=ab' }));
grapevine('track', 'newsletter-signup', { plan: 'weekly' });
grapevine('show', 'refer', { force: true });
grapevine('consent', 'granted');
const stop = grapevine('on', 'shown', (prompt) => console.log(prompt.campaignId));
stop?.();
const why: Promise<Explanation | undefined> | undefined = grapevine('explain', 'refer');
grapevine('explain', (all) => console.table(all.map((one) => one.summary)));
void grapevine('claim', 'friend@example.com')?.then((claim) => claim?.coupon?.code);
window.grapevine('answer', 9, 'Fast delivery');
void why;
window.addEventListener('grapevine:friend-claimed', (event) => event.detail.coupon?.code);
addEventListener('grapevine:shown', (event) => event.detail.campaignId);

// @ts-expect-error an order needs its currency
grapevine('purchase', { orderId: '1001', total: 80 });
// @ts-expect-error no such command
grapevine('purchased', { orderId: '1001', total: 80, currency: 'EUR' });
// @ts-expect-error the endpoint comes from data-endpoint, not init
grapevine('init', { endpoint: 'https://api.example.com' });
// @ts-expect-error before the script loads the answer is undefined
grapevine('explain', 'refer').then((one) => one?.summary);
// @ts-expect-error an event name the widget does not emit
grapevine('on', 'clicked', () => {});
// @ts-expect-error the detail is typed: a shown event has no coupon
window.addEventListener('grapevine:shown', (event) => event.detail.coupon);
