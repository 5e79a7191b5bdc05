import type { GateResult } from '../types/decision.js';
import { fail, type GateEnv, pass } from './env.js';

/**
 * Gate 8, global caps: prompts per session and per page, then the quiet period between any
 * two prompts (it ends exactly `quietPeriod` ms after the last impression).
 */
export function capsGate(env: Pick<GateEnv, 'now' | 'policy' | 'ledger'>): GateResult {
  const { policy, ledger } = env;
  if (ledger.sessionImpressions >= policy.maxPerSession) return fail('caps', 'SESSION_CAP');
  if (ledger.pageImpressions >= policy.maxPerPage) return fail('caps', 'PAGE_CAP');
  const quietUntil = ledger.lastImpressionAt + policy.quietPeriod;
  if (env.now < quietUntil) return fail('caps', 'QUIET_PERIOD', quietUntil);
  return pass('caps');
}
