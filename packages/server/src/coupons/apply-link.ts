import type { Site } from '../site.js';

/**
 * A link that opens the shop with the friend's code applied: the site's `applyUrl` template,
 * else Shopify's `/discount/CODE?redirect=/checkout` for a Shopify shop, else the site's
 * landing page with `?coupon=CODE` (which the shop's checkout reads).
 * @example applyLink(site, 'GV-7KQ2-MXR9-PD4T', 'K7RM2QXHD9TW4B') // 'https://shop.example/?ref=K7RM2QXHD9TW4B&coupon=GV-7KQ2-MXR9-PD4T'
 */
export function applyLink(site: Site, coupon: string, referralCode: string): string {
  const fulfilment = site.fulfilment;
  const encoded = encodeURIComponent(coupon);
  if (fulfilment?.applyUrl) return fulfilment.applyUrl.replaceAll('{coupon}', encoded);
  if (fulfilment?.provider === 'shopify') {
    const storefront = (fulfilment.storefrontUrl ?? `https://${fulfilment.shop}`).replace(
      /\/$/,
      '',
    );
    return `${storefront}/discount/${encoded}?redirect=/checkout`;
  }
  const url = new URL(site.landingUrl.replaceAll('{code}', encodeURIComponent(referralCode)));
  url.searchParams.set('coupon', coupon);
  return url.toString();
}
