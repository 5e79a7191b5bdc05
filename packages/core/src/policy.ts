import type { GlobalPolicy } from './types/config.js';

/**
 * The global policy used where the config leaves an option out.
 * @example decide({ campaigns, policy: { ...DEFAULT_POLICY, quietPeriod: 259_200_000 } }, snapshot)
 */
export const DEFAULT_POLICY: Readonly<Required<GlobalPolicy>> = Object.freeze({
  quietPeriod: 0,
  maxPerSession: 1,
  maxPerPage: 1,
  oneAtATime: true,
  oneTabAtATime: true,
  killSwitch: false,
  consentRequired: false,
  // 90 days: ask a customer for a score at most once a quarter (see the core README).
  npsFatigue: 7_776_000_000,
});

/** The policy with every option filled in from `DEFAULT_POLICY`. */
export function resolvePolicy(policy: GlobalPolicy | undefined): Required<GlobalPolicy> {
  return { ...DEFAULT_POLICY, ...policy };
}
