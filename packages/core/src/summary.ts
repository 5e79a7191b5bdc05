import type { GateResult } from './types/decision.js';

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * The one-line summary of a campaign's gates, e.g.
 * `nps-q4: SNOOZED at frequency until 2026-12-13T10:00:00.000Z`. Reason codes are the words
 * here (see `describeReason` for a sentence) so the rules bundle carries no text table.
 */
export function summarize(
  campaignId: string,
  gates: readonly GateResult[],
  eligibleAt: number | undefined,
): string {
  const failed = gates.find((gate) => !gate.pass);
  if (failed?.reason === undefined) return `${campaignId}: eligible`;
  const until = failed.until === undefined ? '' : ` until ${iso(failed.until)}`;
  const detail = failed.detail === undefined ? '' : ` (${failed.detail})`;
  const again =
    eligibleAt === undefined || eligibleAt === failed.until
      ? ''
      : `; eligible again at ${iso(eligibleAt)}`;
  return `${campaignId}: ${failed.reason} at ${failed.gate}${detail}${until}${again}`;
}
