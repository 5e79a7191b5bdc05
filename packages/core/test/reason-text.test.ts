import { describe, expect, it } from 'vitest';
import { describeReason, type ReasonCode } from '../src/index.js';

const CODES: ReasonCode[] = [
  'CLOCK_SKEW',
  'CONSENT_PENDING',
  'CONSENT_DENIED',
  'GLOBAL_OPT_OUT',
  'OPTED_OUT',
  'KILL_SWITCH',
  'NOT_STARTED',
  'ENDED',
  'CONTEXT_MISMATCH',
  'AUDIENCE_MISMATCH',
  'REQUIRES_UNMET',
  'NO_TRIGGER',
  'TRIGGER_TOO_EARLY',
  'TRIGGER_EXPIRED',
  'ALREADY_SHOWN',
  'SHOWN_FOR_TRIGGER',
  'ALREADY_RESPONDED',
  'RECURRING_WAIT',
  'SNOOZED',
  'DISMISS_GAP',
  'MAX_IMPRESSIONS',
  'QUIET_PERIOD',
  'SESSION_CAP',
  'PAGE_CAP',
  'NOT_SAMPLED',
  'PROMPT_OPEN',
  'OTHER_TAB',
  'LOWER_PRIORITY',
  'DELAYED',
];

describe('describeReason', () => {
  it('has distinct plain words for every reason code', () => {
    const texts = CODES.map(describeReason);
    expect(texts.every((text) => typeof text === 'string' && text.length > 3)).toBe(true);
    expect(new Set(texts).size).toBe(CODES.length);
  });

  it.each([
    ['SNOOZED', 'snoozed'],
    ['OTHER_TAB', 'another tab holds the prompt lease'],
  ] as const)('%s → %s', (code, text) => {
    expect(describeReason(code)).toBe(text);
  });
});
