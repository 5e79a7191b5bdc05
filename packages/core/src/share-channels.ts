import type { ShareChannel } from './backend.js';

/**
 * Every channel a referral link can be shared through, in one place: the config schema and
 * the backend contract both validate against this list.
 */
export const SHARE_CHANNELS = [
  'native',
  'email',
  'sms',
  'whatsapp',
  'x',
  'facebook',
  'linkedin',
  'messenger',
  'line',
  'telegram',
] as const satisfies readonly ShareChannel[];
