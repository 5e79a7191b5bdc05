import type { ReferralRow } from './referrals.js';

/** Who to credit, as the shop knows them: its customer id, else the (normalized) email. */
export function advocateRef(referral: Pick<ReferralRow, 'advocate_id' | 'email_norm'>) {
  return {
    ...(referral.advocate_id ? { id: referral.advocate_id } : {}),
    ...(referral.email_norm ? { email: referral.email_norm } : {}),
  };
}
