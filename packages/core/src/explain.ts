import { decide } from './decide.js';
import type { Config } from './types/config.js';
import type { Explanation } from './types/decision.js';
import type { Snapshot } from './types/snapshot.js';

/**
 * Why a campaign shows or not: every gate with pass/fail, the reason code, when it is
 * eligible again and a one-line summary. `undefined` when no campaign has this id.
 * @example explain(config, snapshot, 'nps-q4')?.summary
 * // 'nps-q4: SNOOZED (frequency), eligible again at 2026-12-13T10:00:00.000Z'
 */
export function explain(
  config: Config,
  snapshot: Snapshot,
  campaignId: string,
): Explanation | undefined {
  return decide(config, snapshot).explanations.find(
    (explanation) => explanation.campaignId === campaignId,
  );
}
