import type { Explanation, Ledger, LedgerEntry } from '@grapevine/core';

const RESPONSES = new Set(['nps', 'answer', 'share', 'copy', 'claim']);

/** For a failing reason: the entries that can cause it (the latest one does). */
const CAUSES: Readonly<Record<string, (entry: LedgerEntry, campaignId: string) => boolean>> = {
  QUIET_PERIOD: (entry) => entry.type === 'impression',
  NPS_FATIGUE: (entry) => entry.type === 'nps',
  GLOBAL_OPT_OUT: (entry) => entry.type === 'global-opt-out',
  ALREADY_SHOWN: (entry, id) => entry.campaignId === id && entry.type === 'impression',
  SHOWN_FOR_TRIGGER: (entry, id) => entry.campaignId === id && entry.type === 'impression',
  MAX_IMPRESSIONS: (entry, id) => entry.campaignId === id && entry.type === 'impression',
  RECURRING_WAIT: (entry, id) => entry.campaignId === id && entry.type === 'impression',
  ALREADY_RESPONDED: (entry, id) => entry.campaignId === id && RESPONSES.has(entry.type),
  OPTED_OUT: (entry, id) => entry.campaignId === id && entry.type === 'opt-out',
  DISMISS_GAP: (entry, id) => entry.campaignId === id && entry.type === 'dismiss',
  SNOOZED: (entry, id) => entry.campaignId === id && entry.type === 'snooze',
};

const DEEDS: Readonly<Record<string, string>> = {
  impression: 'asked',
  dismiss: 'dismissed it',
  snooze: 'snoozed it',
  nps: 'answered',
  answer: 'answered',
  share: 'shared their link',
  copy: 'copied their link',
  claim: 'claimed an offer',
  'opt-out': 'chose "Don\'t ask again"',
  'global-opt-out': 'opted out of every ask',
};

/** What the customer did, where and when: `answered in a pop-up on 2026-11-20T10:00:00.000Z (score 9)`. */
function describe(entry: LedgerEntry): string {
  const where = entry.channel === 'email' ? 'by email' : 'in a pop-up';
  const score = entry.type === 'nps' && entry.score !== undefined ? ` (score ${entry.score})` : '';
  return `${DEEDS[entry.type] ?? entry.type} ${where} on ${new Date(entry.at).toISOString()}${score}`;
}

/**
 * Names the channel behind an email decision's failing gate, for the dashboard: when the
 * reason comes from the customer's ledger (a response, an opt-out, an earlier ask), the
 * failing gate's `detail` says what they did, where (a pop-up or email) and when, and the
 * summary carries it: `nps: ALREADY_RESPONDED (frequency: answered in a pop-up on … (score 9))`.
 */
export function nameCause(explanation: Explanation, ledger: Ledger): Explanation {
  const index = explanation.gates.findIndex((gate) => !gate.pass);
  const gate = explanation.gates[index];
  const cause = gate?.reason === undefined ? undefined : CAUSES[gate.reason];
  if (!gate || !cause || gate.detail !== undefined) return explanation;
  let latest: LedgerEntry | undefined;
  for (const entry of ledger) {
    if (cause(entry, explanation.campaignId) && (!latest || entry.at > latest.at)) latest = entry;
  }
  if (latest) explanation.gates[index] = { ...gate, detail: describe(latest) };
  return explanation;
}
