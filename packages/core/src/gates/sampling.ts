import { bucket } from '../bucket.js';
import type { Campaign } from '../types/campaign.js';
import type { GateResult } from '../types/decision.js';
import { type GateEnv, verdict } from './env.js';

/** The salt that makes sampling independent of variant assignment. */
export const SAMPLING_SALT = 'sampling';

/** Gate 9, sampling: sticky per visitor (a hash, never re-rolled); raising the rate only adds visitors. */
export function samplingGate(
  campaign: Pick<Campaign, 'id' | 'sampling'>,
  env: Pick<GateEnv, 'visitor'>,
): GateResult {
  const rate = campaign.sampling ?? 1;
  return verdict(
    'sampling',
    rate >= 1 || bucket(env.visitor.id, campaign.id, SAMPLING_SALT) < rate,
    'NOT_SAMPLED',
  );
}
