// `createGrapevine` options: the public shape, and a checker that names the bad field on the
// console and falls back to the default instead of throwing into the host page.
import type { Backend, Config, Consent, Scalar } from '@grapevine/core';
import type { Theme } from '../ui/types.js';

/** Referral capture from the landing URL. */
export interface ReferralCaptureOptions {
  /** The query parameter holding the code. @default 'ref' */
  param?: string;
  /** How long a captured code stays attached to purchases, in ms. @default 2_592_000_000 (30 days) */
  ttl?: number;
  /** Which friend's code wins when a visitor arrives through several links. @default 'first' */
  touch?: 'first' | 'last';
  /** Remove the parameter from the visible URL (`history.replaceState`). @default false */
  cleanUrl?: boolean;
}

/** Options for {@link createGrapevine}. */
export interface GrapevineOptions {
  /**
   * Your own backend (an object implementing core's `Backend`) instead of `endpoint` and
   * `siteKey`, or a function that loads it: called the first time something is sent or
   * fetched, so its code stays out of page views that send nothing. Without either, events
   * stay queued locally.
   * @example backend: () => import('./my-backend.js').then((module) => module.myBackend())
   */
  backend?: BackendOption;
  /**
   * The Grapevine server's base URL: the HTTP backend (`@grapevine/adapter/http`) is loaded
   * with `import()` the first time something is sent or fetched. Needs `siteKey`.
   * @example 'https://api.example.com/grapevine'
   */
  endpoint?: string;
  /** The site's public key (`pk_…`), sent with every request to `endpoint`. */
  siteKey?: string;
  /** Campaigns and global policy, already normalized (see `@grapevine/core/schema`). */
  config?: Config;
  /** `false`: render nothing and emit `show` so your own UI renders the prompt. @default true */
  ui?: boolean;
  /** `pending`: nothing is stored or sent until `setConsent('granted')`. @default 'granted' */
  consent?: Consent;
  /** BCP 47 locale. @default `<html lang>`, then `navigator.language` */
  locale?: string;
  theme?: Theme;
  /** @default 2147483000 */
  zIndex?: number;
  /** CSP nonce for the style fallback of older browsers. */
  nonce?: string;
  /** Shop or product name for the NPS question. @example 'Acme Coffee' */
  brandName?: string;
  referral?: ReferralCaptureOptions;
  /** Also push every event to `window.dataLayer`. @default false */
  dataLayer?: boolean;
  /** Log `explain()` for every decision. Also on with `?grapevine_debug=1`. @default false */
  debug?: boolean;
  /** The localStorage key. @default 'grapevine:v1' */
  storageKey?: string;
  /** Visitor traits for `audience` conditions. @example { plan: 'pro' } */
  traits?: Record<string, Scalar>;
  /** How long a prompt waits for the backend (referral link, friend offer), in ms. @default 3000 */
  timeout?: number;
}

/** A backend, or a function that loads one (see {@link GrapevineOptions.backend}). */
export type BackendOption = Backend | (() => Backend | Promise<Backend>);

/** Options after checking: every field present. */
export interface ResolvedOptions {
  /** A backend object; `endpoint`, `siteKey` and a backend loader are the npm entry's. */
  backend: Backend | undefined;
  config: Config;
  ui: boolean;
  consent: Consent;
  locale: string | undefined;
  theme: Theme;
  zIndex: number;
  nonce: string | undefined;
  brandName: string | undefined;
  referral: Required<ReferralCaptureOptions>;
  dataLayer: boolean;
  debug: boolean;
  storageKey: string;
  traits: Record<string, Scalar>;
  timeout: number;
}

const DAY = 86_400_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isConsent = (value: unknown): value is Consent =>
  value === 'granted' || value === 'denied' || value === 'pending';
const isBackend = (value: unknown): value is Backend =>
  isObject(value) && typeof value.send === 'function' && typeof value.referral === 'function';
const isConfig = (value: unknown): value is Config =>
  isObject(value) && Array.isArray(value.campaigns);
const isTouch = (value: unknown): value is 'first' | 'last' =>
  value === 'first' || value === 'last';

/**
 * Checks `input` field by field. Each bad field is reported once, naming it, and replaced by
 * its default; unknown fields are reported too (usually a typo).
 */
export function resolveOptions(input: unknown, report: (message: string) => void): ResolvedOptions {
  const raw = isObject(input) ? input : {};
  if (input !== undefined && !isObject(input)) report('Grapevine: options must be an object.');

  function pick<T>(
    source: Record<string, unknown>,
    path: string,
    key: string,
    valid: (value: unknown) => value is T,
    expected: string,
    fallback: T,
  ): T {
    const value = source[key];
    if (value === undefined) return fallback;
    if (valid(value)) return value;
    report(`Grapevine: options.${path}${key} must be ${expected}; using the default.`);
    return fallback;
  }

  const referral = isObject(raw.referral) ? raw.referral : {};
  if (raw.referral !== undefined && !isObject(raw.referral)) {
    report('Grapevine: options.referral must be an object; using the default.');
  }

  const resolved: ResolvedOptions = {
    backend: pick(raw, '', 'backend', isBackend, 'a Backend (send, referral…)', undefined),
    config: pick(raw, '', 'config', isConfig, 'a config with a campaigns array', {
      campaigns: [],
    }),
    ui: pick(raw, '', 'ui', isBoolean, 'true or false', true),
    consent: pick(raw, '', 'consent', isConsent, '"granted", "denied" or "pending"', 'granted'),
    locale: pick(raw, '', 'locale', isString, 'a BCP 47 locale like "da-DK"', undefined),
    theme: pick(raw, '', 'theme', isObject, 'an object', {}),
    zIndex: pick(
      raw,
      '',
      'zIndex',
      Number.isInteger as (v: unknown) => v is number,
      'an integer',
      2147483000,
    ),
    nonce: pick(raw, '', 'nonce', isString, 'a string', undefined),
    brandName: pick(raw, '', 'brandName', isString, 'a string', undefined),
    referral: {
      param: pick(referral, 'referral.', 'param', isString, 'a query parameter name', 'ref'),
      ttl: pick(referral, 'referral.', 'ttl', isCount, 'a duration in ms', 30 * DAY),
      touch: pick(referral, 'referral.', 'touch', isTouch, '"first" or "last"', 'first'),
      cleanUrl: pick(referral, 'referral.', 'cleanUrl', isBoolean, 'true or false', false),
    },
    dataLayer: pick(raw, '', 'dataLayer', isBoolean, 'true or false', false),
    debug: pick(raw, '', 'debug', isBoolean, 'true or false', false),
    storageKey: pick(raw, '', 'storageKey', isString, 'a string', 'grapevine:v1'),
    traits: pick(raw, '', 'traits', isObject, 'an object of scalars', {}) as Record<string, Scalar>,
    timeout: pick(raw, '', 'timeout', isCount, 'a duration in ms', 3000),
  };
  // Every option has its key in the result: any other key is not one (usually a typo).
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(resolved, key))
      report(`Grapevine: options.${key} is not an option; ignored.`);
  }
  return resolved;
}
