import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fulfilmentProblems, fulfilmentSchema } from './coupons/config.js';
import { npsEmailSchema, referralEmailSchema } from './email-nps/config.js';
import { ConfigError } from './errors.js';
import {
  alertsSchema,
  brandSchema,
  siteEmailSchema,
  toAlerts,
  toBrand,
  toSiteEmail,
} from './mail/config-schema.js';
import { type MailConfig, mailEnvFields, readMailEnv } from './mail/env-config.js';
import { isMoneyError, toMinor } from './money.js';
import { orderSourcesSchema, toOrderSources } from './orders/sources/config.js';
import { addressSet } from './security/ip-address.js';
import { DEFAULT_LIMITS, type Site } from './site.js';

/** Everything the server needs, read once from the environment at start. */
export interface ServerConfig {
  host: string;
  port: number;
  /** `postgres://…` for PostgreSQL; absent for the embedded database. */
  databaseUrl?: string;
  /** PGlite data directory, or `memory://` for an in-memory database. */
  dataDir: string;
  adminToken: string;
  sites: Site[];
  bodyLimitBytes: number;
  rateLimitPerIp: number;
  rateLimitPerAdvocate: number;
  attributionDays: number;
  returnWindowDays: number;
  /** Proxies (addresses, CIDRs) trusted to write `X-Forwarded-For`. */
  trustedProxies: string[];
  /** How many proxies stand in front of the server; 0 with `trustedProxies`. */
  trustedHops: number;
  /** Deprecated settings in use, to log at start. */
  warnings: string[];
  demo: boolean;
  webhookIntervalMs: number;
  /** The server's URL as browsers reach it (behind a proxy: its public https:// URL). */
  publicUrl?: string;
  /** A request not answered within this gets 503 with `Retry-After`. */
  requestTimeoutMs: number;
  /** A database statement (or connecting) past this fails as "database unavailable". */
  dbTimeoutMs: number;
  /** On SIGTERM/SIGINT, in-flight requests get this long to finish. */
  shutdownGraceMs: number;
  /** Bearer token for `/metrics`; absent, there is no `/metrics`. */
  metricsToken?: string;
  /** One JSON log line per request. */
  accessLog: boolean;
  /** Outgoing mail; absent when `GRAPEVINE_SMTP_URL` is not set (emails then stay queued). */
  smtp?: MailConfig;
}

const rewardSchema = z
  .object({
    kind: z.enum(['percent', 'amount', 'custom']),
    value: z.number().nonnegative().optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code like "EUR"')
      .optional(),
    label: z.string().max(200).optional(),
  })
  // An amount reward is money: it must be exact in its currency (no 10.005 EUR, no 1.5 JPY).
  .superRefine((reward, context) => {
    if (reward.kind !== 'amount' || reward.value === undefined || !reward.currency) return;
    try {
      toMinor(String(reward.value), reward.currency);
    } catch (error) {
      if (!isMoneyError(error)) throw error;
      context.addIssue({ code: 'custom', path: ['value'], message: error.message });
    }
  });

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
const secret = z.string().min(16, 'expected at least 16 characters');

const moneySchema = z
  .object({
    amount: z.string().regex(/^\d+(\.\d+)?$/, 'expected a decimal string like "50.00"'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code like "EUR"'),
  })
  .transform((money, context) => {
    try {
      return { minor: toMinor(money.amount, money.currency), currency: money.currency };
    } catch (error) {
      if (!isMoneyError(error)) throw error;
      context.issues.push({
        code: 'custom',
        input: money.amount,
        path: ['amount'],
        message: error.message,
      });
      return z.NEVER;
    }
  });

const limitsSchema = z.object({
  maxReward: moneySchema.optional(),
  rewardsPer30Days: z.number().int().positive().default(DEFAULT_LIMITS.rewardsPer30Days),
  reviewAbove: moneySchema.optional(),
  velocityPerHour: z.number().int().positive().default(DEFAULT_LIMITS.velocityPerHour),
  claimsPerVisitorPerDay: z
    .number()
    .int()
    .positive()
    .default(DEFAULT_LIMITS.claimsPerVisitorPerDay),
  claimsPerAddressPerDay: z
    .number()
    .int()
    .positive()
    .default(DEFAULT_LIMITS.claimsPerAddressPerDay),
});

const siteSchema = z.object({
  siteKey: z.string().regex(/^[A-Za-z0-9_-]{3,64}$/, 'expected 3–64 letters, digits, _ or -'),
  secret,
  origins: z.array(
    z.string().regex(/^https?:\/\/[^/\s]+$/, 'expected an origin like "https://shop.example"'),
  ),
  landingUrl: httpUrl.refine((url) => url.includes('{code}'), 'must contain "{code}"'),
  offer: z
    .object({ friend: rewardSchema, advocate: rewardSchema, termsUrl: httpUrl.optional() })
    .default({
      friend: { kind: 'percent', value: 20 },
      advocate: { kind: 'percent', value: 20 },
    }),
  claimsPerCodePerDay: z.number().int().positive().default(10),
  allowUnsignedReferrals: z.boolean().default(false),
  couponValidDays: z.number().int().positive().default(30),
  apiSecret: z.string().min(32, 'expected at least 32 characters').optional(),
  limits: limitsSchema.default(DEFAULT_LIMITS),
  webhook: z.object({ url: httpUrl, secret }).optional(),
  fulfilment: fulfilmentSchema.optional(),
  orderSources: orderSourcesSchema.optional(),
  email: siteEmailSchema.optional(),
  brand: brandSchema.optional(),
  alerts: alertsSchema.optional(),
  npsEmail: npsEmailSchema.optional(),
  referralEmail: referralEmailSchema.optional(),
});

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');
const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL')
    .optional(),
  GRAPEVINE_DATA_DIR: z.string().min(1).default('.data/pglite'),
  GRAPEVINE_ADMIN_TOKEN: z.string().min(16, 'expected at least 16 characters'),
  GRAPEVINE_BODY_LIMIT_BYTES: positiveInt.default(64 * 1024),
  GRAPEVINE_RATE_LIMIT_PER_IP: positiveInt.default(600),
  GRAPEVINE_RATE_LIMIT_PER_ADVOCATE: positiveInt.default(30),
  GRAPEVINE_ATTRIBUTION_DAYS: positiveInt.default(30),
  GRAPEVINE_RETURN_WINDOW_DAYS: positiveInt.default(14),
  GRAPEVINE_TRUST_PROXY: flag.default(false),
  GRAPEVINE_TRUSTED_PROXIES: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .superRefine((entries, context) => {
      try {
        addressSet(entries);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
      }
    })
    .optional(),
  GRAPEVINE_TRUSTED_HOPS: z.coerce.number().int().min(0).max(10).optional(),
  GRAPEVINE_DEMO: flag.default(false),
  GRAPEVINE_WEBHOOK_INTERVAL_MS: positiveInt.default(5_000),
  GRAPEVINE_REQUEST_TIMEOUT_MS: positiveInt.default(10_000),
  GRAPEVINE_DB_TIMEOUT_MS: positiveInt.default(5_000),
  GRAPEVINE_SHUTDOWN_GRACE_MS: positiveInt.default(10_000),
  GRAPEVINE_METRICS_TOKEN: z.string().min(16, 'expected at least 16 characters').optional(),
  GRAPEVINE_ACCESS_LOG: flag.default(true),
  ...mailEnvFields,
});

/**
 * Reads and validates the configuration. Sites come from `GRAPEVINE_SITES` (a JSON array) or
 * `GRAPEVINE_SITES_FILE` (a path to one). Every problem is reported at once.
 * @throws ConfigError naming each variable and field that is wrong.
 * @example loadConfig({ GRAPEVINE_ADMIN_TOKEN: '…', GRAPEVINE_SITES: '[…]' })
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const problems: string[] = [];
  const parsed = envSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) problems.push(...describe(parsed.error));
  const sites = readSites(env, problems);
  if (!parsed.success || !sites) throw new ConfigError(problems);
  const e = parsed.data;
  if (e.GRAPEVINE_TRUSTED_PROXIES?.length && e.GRAPEVINE_TRUSTED_HOPS) {
    throw new ConfigError([
      'GRAPEVINE_TRUSTED_PROXIES, GRAPEVINE_TRUSTED_HOPS: set one of them, not both',
    ]);
  }
  const duplicate = sites.find((site, i) => sites.findIndex((s) => s.siteKey === site.siteKey) < i);
  if (duplicate) throw new ConfigError([`GRAPEVINE_SITES: site key "${duplicate.siteKey}" twice`]);
  const mail = readMailEnv(e, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    ...(mail === undefined ? {} : { smtp: mail }),
    host: e.HOST,
    port: e.PORT,
    ...(e.DATABASE_URL === undefined ? {} : { databaseUrl: e.DATABASE_URL }),
    dataDir: e.GRAPEVINE_DATA_DIR,
    adminToken: e.GRAPEVINE_ADMIN_TOKEN,
    sites,
    bodyLimitBytes: e.GRAPEVINE_BODY_LIMIT_BYTES,
    rateLimitPerIp: e.GRAPEVINE_RATE_LIMIT_PER_IP,
    rateLimitPerAdvocate: e.GRAPEVINE_RATE_LIMIT_PER_ADVOCATE,
    attributionDays: e.GRAPEVINE_ATTRIBUTION_DAYS,
    returnWindowDays: e.GRAPEVINE_RETURN_WINDOW_DAYS,
    ...proxySettings(e),
    demo: e.GRAPEVINE_DEMO,
    webhookIntervalMs: e.GRAPEVINE_WEBHOOK_INTERVAL_MS,
    ...(e.GRAPEVINE_PUBLIC_URL === undefined
      ? {}
      : { publicUrl: e.GRAPEVINE_PUBLIC_URL.replace(/\/+$/, '') }),
    requestTimeoutMs: e.GRAPEVINE_REQUEST_TIMEOUT_MS,
    dbTimeoutMs: e.GRAPEVINE_DB_TIMEOUT_MS,
    shutdownGraceMs: e.GRAPEVINE_SHUTDOWN_GRACE_MS,
    ...(e.GRAPEVINE_METRICS_TOKEN === undefined ? {} : { metricsToken: e.GRAPEVINE_METRICS_TOKEN }),
    accessLog: e.GRAPEVINE_ACCESS_LOG,
  };
}

function proxySettings(e: z.infer<typeof envSchema>) {
  const trustedProxies = e.GRAPEVINE_TRUSTED_PROXIES ?? [];
  const explicit = trustedProxies.length > 0 || e.GRAPEVINE_TRUSTED_HOPS !== undefined;
  const warnings = e.GRAPEVINE_TRUST_PROXY
    ? [
        explicit
          ? 'GRAPEVINE_TRUST_PROXY is deprecated and ignored: GRAPEVINE_TRUSTED_PROXIES or GRAPEVINE_TRUSTED_HOPS is set'
          : 'GRAPEVINE_TRUST_PROXY=1 is deprecated: it now means GRAPEVINE_TRUSTED_HOPS=1 (one proxy in front); set that or GRAPEVINE_TRUSTED_PROXIES instead',
      ]
    : [];
  const legacyHops = e.GRAPEVINE_TRUST_PROXY && !explicit ? 1 : 0;
  return { trustedProxies, trustedHops: e.GRAPEVINE_TRUSTED_HOPS ?? legacyHops, warnings };
}

function withoutEmpty(env: Readonly<Record<string, string | undefined>>) {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
}

function readSites(env: Readonly<Record<string, string | undefined>>, problems: string[]) {
  let text = env.GRAPEVINE_SITES;
  let source = 'GRAPEVINE_SITES';
  if (!text && env.GRAPEVINE_SITES_FILE) {
    source = `GRAPEVINE_SITES_FILE (${env.GRAPEVINE_SITES_FILE})`;
    try {
      text = readFileSync(env.GRAPEVINE_SITES_FILE, 'utf8');
    } catch (error) {
      problems.push(`${source}: cannot read: ${(error as Error).message}`);
      return undefined;
    }
  }
  if (!text) {
    problems.push('GRAPEVINE_SITES: required (a JSON array of sites) unless GRAPEVINE_SITES_FILE');
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`${source}: not JSON: ${(error as Error).message}`);
    return undefined;
  }
  const parsed = z.array(siteSchema).min(1, 'expected at least one site').safeParse(json);
  if (!parsed.success) {
    problems.push(...describe(parsed.error, source));
    return undefined;
  }
  const crossField = parsed.data.flatMap((site, i) =>
    fulfilmentProblems(site.fulfilment, site.offer.friend).map((p) => `${source}[${i}].${p}`),
  );
  if (crossField.length > 0) {
    problems.push(...crossField);
    return undefined;
  }
  return parsed.data.map(toSite);
}

function toSite(site: z.infer<typeof siteSchema>): Site {
  const {
    webhook,
    offer,
    apiSecret,
    limits,
    fulfilment,
    orderSources,
    email,
    brand,
    alerts,
    npsEmail,
    referralEmail,
    ...rest
  } = site;
  const { termsUrl, ...sides } = offer;
  return {
    ...rest,
    offer: {
      friend: stripUndefined(sides.friend),
      advocate: stripUndefined(sides.advocate),
      ...(termsUrl === undefined ? {} : { termsUrl }),
    },
    ...(apiSecret === undefined ? {} : { apiSecret }),
    limits: stripUndefined(limits),
    ...(webhook === undefined ? {} : { webhook }),
    ...(fulfilment === undefined ? {} : { fulfilment }),
    ...(orderSources === undefined ? {} : { orderSources: toOrderSources(orderSources) }),
    ...(email === undefined ? {} : { email: toSiteEmail(email) }),
    ...(brand === undefined ? {} : { brand: toBrand(brand) }),
    ...(alerts === undefined ? {} : { alerts: toAlerts(alerts) }),
    ...(npsEmail === undefined ? {} : { npsEmail }),
    ...(referralEmail === undefined ? {} : { referralEmail }),
  };
}

function stripUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

function describe(error: z.ZodError, prefix?: string): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((part, i) =>
        typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
      )
      .join('');
    const where = prefix ? `${prefix}${path.startsWith('[') || !path ? '' : '.'}${path}` : path;
    return `${where}: ${issue.message}`;
  });
}
