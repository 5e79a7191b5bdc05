import { DEFAULT_POLICY } from '../policy.js';
import type { Campaign } from '../types/campaign.js';
import type { Config, GlobalPolicy } from '../types/config.js';
import { withoutInheritedKeys } from '../without-inherited-keys.js';
import { campaignSchema } from './campaign.js';
import { type ConfigError, toConfigErrors } from './issues.js';
import { withJitless } from './jitless.js';
import { policyFields } from './policy.js';

/** What `parseConfig` returns: always a usable config, plus every problem found. */
export interface ParseResult {
  /** The valid campaigns and the policy with every option filled in. */
  config: Config & { policy: Required<GlobalPolicy> };
  /** Empty when the input was entirely valid. */
  errors: ConfigError[];
}

const TOP_LEVEL = ['campaigns', 'policy', '$schema', 'version'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsePolicy(input: unknown, errors: ConfigError[]): Required<GlobalPolicy> {
  const policy: Required<GlobalPolicy> = { ...DEFAULT_POLICY };
  if (input === undefined) return policy;
  if (!isRecord(input)) {
    errors.push({ path: 'policy', message: 'expected an object' });
    return policy;
  }
  const fields = policyFields();
  for (const [key, value] of Object.entries(input)) {
    if (!Object.hasOwn(fields, key)) {
      errors.push({ path: `policy.${key}`, message: 'unknown option' });
      continue;
    }
    const schema = fields[key as keyof typeof fields];
    const result = schema.safeParse(value);
    if (result.success) Object.assign(policy, { [key]: result.data });
    else errors.push(...toConfigErrors(result.error.issues, ['policy', key]));
  }
  return policy;
}

function parseCampaigns(input: unknown, errors: ConfigError[]): Campaign[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    errors.push({ path: 'campaigns', message: 'expected a list of campaigns' });
    return [];
  }
  const schema = campaignSchema();
  const campaigns: Campaign[] = [];
  const ids = new Set<string>();
  input.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (!result.success) {
      errors.push(...toConfigErrors(result.error.issues, ['campaigns', index]));
      return;
    }
    if (ids.has(result.data.id)) {
      errors.push({ path: `campaigns[${index}].id`, message: `duplicate id "${result.data.id}"` });
      return;
    }
    ids.add(result.data.id);
    // zod types absent optional keys as `?: T | undefined`; it never adds an `undefined`
    // key that was not in the JSON, so the value is a Campaign.
    campaigns.push(result.data as Campaign);
  });
  return campaigns;
}

/**
 * Validates and normalizes a JSON config: durations (`"90s"`, `"3h"`, `"14d"` or ms) and
 * dates become ms. Never throws. An invalid campaign is dropped with its errors while the
 * valid ones are kept; an invalid policy option falls back to its default.
 * A bare array is read as the list of campaigns.
 * @example
 * const { config, errors } = parseConfig(json);
 * for (const error of errors) console.error(`grapevine: ${error.path}: ${error.message}`);
 */
export function parseConfig(input: unknown): ParseResult {
  // zod's JIT probe uses `new Function`, which strict CSP pages report: jitless, for our
  // schemas only (the host's zod config is left as it was). zod walks its shapes and the
  // input with `for…in`: a host's enumerable addition to `Object.prototype` would read as an
  // unknown key everywhere, or crash zod outright.
  try {
    return withJitless(() => withoutInheritedKeys(() => check(input)));
  } catch (error) {
    const message = `could not be checked (${String(error)}); no campaigns`;
    return {
      config: { campaigns: [], policy: { ...DEFAULT_POLICY } },
      errors: [{ path: '', message }],
    };
  }
}

function check(input: unknown): ParseResult {
  const errors: ConfigError[] = [];
  const root = Array.isArray(input) ? { campaigns: input } : input;
  if (!isRecord(root)) {
    errors.push({ path: '', message: 'expected an object with campaigns and policy' });
    return { config: { campaigns: [], policy: { ...DEFAULT_POLICY } }, errors };
  }
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL.includes(key)) errors.push({ path: key, message: 'unknown option' });
  }
  const policy = parsePolicy(root.policy, errors);
  const campaigns = parseCampaigns(root.campaigns, errors);
  return { config: { campaigns, policy }, errors };
}
