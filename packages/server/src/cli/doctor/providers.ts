import type { Fulfilment } from '../../coupons/config.js';
import { couponProvider } from '../../coupons/providers.js';
import type { Site } from '../../site.js';
import { type CheckResult, messageOf } from './result.js';

/** What the provider checks need from outside. */
export interface ProviderCheckDeps {
  fetch: typeof fetch;
  now: () => number;
}

/**
 * Per site: the platform that creates coupons (one authenticated, read-only call with the
 * configured credentials, at `apiBaseUrl` when set) and the order webhooks it accepts
 * (their secrets are checked on each delivery; only their presence is reported).
 */
export async function checkSites(
  sites: readonly Site[],
  deps: ProviderCheckDeps,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const site of sites) {
    results.push(await checkFulfilment(site, deps));
    const sources = Object.keys(site.orderSources ?? {});
    if (sources.length > 0) {
      results.push({
        name: `site ${site.siteKey}: order webhooks`,
        outcome: 'pass',
        detail: `${sources.join(', ')} (signing secrets set; each delivery is verified with them)`,
      });
    }
  }
  return results;
}

async function checkFulfilment(site: Site, deps: ProviderCheckDeps): Promise<CheckResult> {
  const fulfilment = site.fulfilment;
  const name = `site ${site.siteKey}: ${fulfilment?.provider ?? 'webhook'}`;
  const provider = couponProvider(fulfilment, deps);
  if (!fulfilment || !provider) {
    return {
      name,
      outcome: 'pass',
      detail:
        fulfilment?.provider === 'pool'
          ? 'coupons come from the uploaded pool (see the dashboard for what is left)'
          : 'coupons are created by Grapevine and announced by webhook; no platform call',
    };
  }
  const where = describe(fulfilment);
  try {
    await provider.verifyAccess();
    return { name, outcome: 'pass', detail: `${where}: credentials accepted` };
  } catch (error) {
    return { name, outcome: 'fail', detail: `${where}: ${messageOf(error)}` };
  }
}

function describe(fulfilment: Fulfilment): string {
  const at =
    'apiBaseUrl' in fulfilment && fulfilment.apiBaseUrl ? ` at ${fulfilment.apiBaseUrl}` : '';
  switch (fulfilment.provider) {
    case 'stripe': {
      const mode = fulfilment.secretKey.includes('_live_') ? 'live' : 'test';
      return `${fulfilment.secretKey.slice(0, 3)}${mode}_… key (${mode} mode)${at}`;
    }
    case 'shopify':
      return `${fulfilment.shop}, API ${fulfilment.apiVersion}${at}`;
    case 'woocommerce':
      return `${fulfilment.storeUrl}${at}`;
    default:
      return fulfilment.provider;
  }
}
