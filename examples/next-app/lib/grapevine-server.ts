// Server-side Grapevine for this app: everything that must not reach the browser (the site's
// signing secret) or that the browser need not download (the config schemas, zod) happens
// here, per request. Imported only by server components and route handlers.
import { httpBackend } from '@grapevine/adapter/http';
import { signAdvocate } from '@grapevine/adapter/server';
import type { Advocate, Config } from '@grapevine/core';
import { parseConfig } from '@grapevine/core/schema';

/** What the browser gets: public settings, the checked config, the signed customer. */
export interface GrapevineSettings {
  endpoint: string;
  siteKey: string;
  config: Config;
  /** The signed-in customer, signed for this request; `null` for a guest. */
  customer: SignedCustomer | null;
}

export type SignedCustomer = Advocate & { signature: string; signedAt: number };

/** A setting from the environment; a missing one is a deployment mistake, named. */
function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`examples/next-app: set ${name} (see README.md)`);
  return value;
}

/**
 * The signed-in customer. A real shop reads its session here (a cookie, `auth()`…); the
 * example has one customer, signed in.
 */
function currentCustomer(): Advocate | null {
  return { id: 'cust-42', email: 'sam@example.com', name: 'Sam' };
}

/** The customer, signed with the site's secret (never sent to the browser). */
export async function signedCustomer(): Promise<SignedCustomer | null> {
  const customer = currentCustomer();
  return customer ? signAdvocate(setting('GRAPEVINE_SECRET'), customer) : null;
}

/**
 * The campaigns, fetched from the Grapevine server and checked with `parseConfig` on this
 * server: the browser gets plain data. A server that cannot be reached means no campaigns
 * (the shop still renders).
 */
async function campaigns(endpoint: string, siteKey: string): Promise<Config> {
  try {
    const json = await httpBackend({ endpoint, siteKey, retry: 0 }).campaigns();
    const { config, errors } = parseConfig(json);
    for (const error of errors) console.error(`Grapevine config ${error.path}: ${error.message}`);
    return config;
  } catch (error) {
    console.error('Grapevine: campaigns could not be loaded', error);
    return { campaigns: [] };
  }
}

export async function grapevineSettings(): Promise<GrapevineSettings> {
  const endpoint = setting('GRAPEVINE_ENDPOINT');
  const siteKey = setting('GRAPEVINE_SITE_KEY');
  const [config, customer] = await Promise.all([campaigns(endpoint, siteKey), signedCustomer()]);
  return { endpoint, siteKey, config, customer };
}
