import type { CampaignInput } from '@grapevine/core/schema';
import type { Site } from '../site.js';

/**
 * The demo's campaigns, in `@grapevine/core/schema`'s JSON format: an NPS question right
 * after a purchase, a referral ask shown only to promoters (two A/B variants of the copy),
 * and a welcome offer for friends who arrive through a referral link.
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
      content: { en: { title: 'How likely are you to recommend us to a friend?' } },
    },
    {
      id: 'refer-a-friend',
      kind: 'referral',
      priority: 10,
      triggers: ['purchase'],
      requires: { campaign: 'nps-after-purchase', npsSegment: ['promoter'], within: '30d' },
      frequency: { oncePerTrigger: true, dismissGap: '14d' },
      offer: site.offer,
      channels: ['native', 'whatsapp', 'email', 'sms', 'x', 'facebook'],
      variants: [
        { id: 'give-get', weight: 1, content: { en: { title: 'Give 20 %, get 20 %' } } },
        {
          id: 'friends-first',
          weight: 1,
          content: { en: { title: 'Treat a friend to 20 % off their first order' } },
        },
      ],
    },
    {
      id: 'friend-welcome',
      kind: 'friend-offer',
      priority: 30,
      triggers: ['pageview'],
      frequency: { untilResponded: true, dismissGap: '1d' },
      placement: 'corner',
    },
  ];
}
