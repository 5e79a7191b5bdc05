import type { GateResult } from './types/decision.js';

/**
 * The one-line summary of a campaign's gates, e.g.
 * `nps-q4: SNOOZED (frequency), eligible again at 2026-12-13T10:00:00.000Z`. Reason codes
 * are the words here (see `describeReason` for a sentence) so the rules bundle carries no
 * text table.
 */
export function summarize(
  campaignId: string,
  gates: readonly GateResult[],
  eligibleAt: number | undefined,
): string {
  const failed = gates.find((gate) => !gate.pass);
  if (failed === undefined) return `${campaignId}: eligible`;
  const detail = failed.detail === undefined ? '' : `: ${failed.detail}`;
  const again =
    eligibleAt === undefined ? '' : `, eligible again at ${new Date(eligibleAt).toISOString()}`;
  return `${campaignId}: ${failed.reason} (${failed.gate}${detail})${again}`;
}
