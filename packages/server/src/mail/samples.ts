import type { TemplateData, TemplateId } from './templates/registry.js';

/**
 * Example data for every template: the screenshots, the demo's preview and the tests render
 * these. Times are fixed so output is stable.
 */
export const SAMPLE_DATA: { [T in TemplateId]: TemplateData<T> } = {
  'friend-coupon': {
    coupon: 'GV-7KQ2-MXR9',
    applyUrl: 'https://shop.example/?ref=K7RM2QXHD9TW4B&coupon=GV-7KQ2-MXR9',
    offer: { kind: 'percent', value: 20 },
    advocateName: 'Ada',
    expiresAt: '2026-12-02T10:00:00.000Z',
  },
  'reward-pending': {
    reward: { minor: 1000, currency: 'EUR' },
    confirmsAt: '2026-11-16T10:00:00.000Z',
    referralUrl: 'https://shop.example/?ref=K7RM2QXHD9TW4B',
  },
  'reward-approved': {
    reward: { minor: 1000, currency: 'EUR' },
    rewardCode: 'THANKS-7KQ2',
    shopUrl: 'https://shop.example/',
    referralUrl: 'https://shop.example/?ref=K7RM2QXHD9TW4B',
  },
  'detractor-alert': {
    score: 4,
    comment: 'The parcel arrived a week late and nobody answered my emails.',
    customerName: 'Ada',
    customerEmail: 'ada@example.com',
    orderId: '#1042',
    answeredAt: '2026-11-02T10:00:00.000Z',
  },
  'nps-survey': {
    campaignId: 'nps-after-purchase',
    variantId: 'default',
    links: Array.from({ length: 11 }, (_, score) => ({
      score,
      url: `https://grapevine.shop.example/email/nps/v1.sample-${score}.signature`,
    })),
  },
  'referral-invite': {
    referralUrl: 'https://shop.example/?ref=K7RM2QXHD9TW4B',
    friendOffer: { kind: 'percent', value: 20 },
    advocateOffer: { kind: 'amount', value: 10, currency: 'EUR' },
    loyal: false,
    subjectVariant: 'a',
  },
};
