import type { CampaignInput } from '@grapevine/core/schema';
import type { Site } from '../site.js';

/**
 * The demo's campaigns, in `@grapevine/core/schema`'s JSON format: an NPS question right
 * after a purchase, a referral ask shown only to promoters who have not shared yet (two A/B
 * variants of the copy that read differently), and a welcome offer only for friends who
 * arrive through a referral link. The offer's amounts come from `{friend}`/`{advocate}`,
 * never from the copy, so the text always matches the offer the server returns.
 */
export function demoCampaigns(site: Pick<Site, 'offer'>): CampaignInput[] {
  return [
    {
      id: 'nps-after-purchase',
      kind: 'nps',
      priority: 20,
      npsKind: 'transactional',
      promoterToReferral: true,
      triggers: [{ type: 'purchase', scope: { persistFor: '180d' }, within: '180d' }],
      frequency: { untilResponded: true, maxImpressions: 2, dismissGap: '21d', snooze: '3d' },
      delay: '1500ms',
    },
    {
      id: 'refer-a-friend',
      kind: 'referral',
      priority: 10,
      triggers: ['purchase'],
      requires: { campaign: 'nps-after-purchase', npsSegment: ['promoter'], within: '30d' },
      // Until they share (from this ask or the NPS prompt's promoter step): once per order.
      frequency: { oncePerTrigger: true, untilResponded: true, dismissGap: '14d' },
      offer: site.offer,
      channels: ['native', 'whatsapp', 'email', 'sms', 'x', 'facebook'],
      variants: [
        // The built-in copy: "Give {friend}, get {advocate}".
        { id: 'give-get', weight: 1 },
        {
          id: 'friends-first',
          weight: 1,
          content: {
            en: {
              referralTitle: 'Treat a friend to {friend}',
              referralBody:
                'Your link gives a friend {friend} on their first order. When they buy, {advocate} is yours.',
            },
          },
        },
      ],
    },
    {
      id: 'friend-welcome',
      kind: 'friend-offer',
      priority: 30,
      // Only a visitor who came through a referral link: the capture is this trigger.
      triggers: [{ type: 'event', name: 'referral-captured', scope: 'session' }],
      frequency: { untilResponded: true, dismissGap: '1d' },
      placement: 'corner',
    },
  ];
}
