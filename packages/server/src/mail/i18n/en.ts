// The English email catalog: every string a customer or shop sees in an email or on the
// unsubscribe page. Every other locale translates every key (a test fails on a missing or
// untranslated one). `{name}` is replaced by a value, as text; the templates escape it.

/** The default (English) email messages, by key. */
export const en = {
  // Layout
  footerTransactional: 'You are receiving this email about your orders and rewards at {brand}.',
  footerMarketing: 'You are receiving this email because you shopped at {brand}.',
  footerAlert: 'Sent by Grapevine to the support address of {brand}.',
  labelValue: '{label}: {value}',
  unsubscribe: 'Unsubscribe',
  unsubscribeText: 'Unsubscribe: {url}',
  off: '{value} off',
  // Friend coupon
  friendCouponSubject: 'Your code for {friend} at {brand}',
  friendCouponPreheader: 'Keep this email: your code is {code}.',
  friendCouponTitle: 'Here’s your code',
  friendCouponBody:
    '{name} gave you {friend} on your first order at {brand}. Keep this email so your code is at hand when you shop.',
  friendCouponBodyNoName:
    'A friend gave you {friend} on your first order at {brand}. Keep this email so your code is at hand when you shop.',
  codeLabel: 'Your code',
  applyCode: 'Shop with my code',
  applyHint: 'The button applies the code for you. You can also enter it at checkout.',
  validUntil: 'Valid until {date}.',
  // Reward pending
  rewardPendingSubject: '{name} just ordered with your link',
  rewardPendingSubjectNoName: 'A friend just ordered with your link',
  rewardPendingPreheader: 'You’ve earned {reward}. Thank you for recommending {brand}!',
  rewardPendingTitle: 'Your friend ordered',
  rewardPendingBody:
    'Thank you for recommending {brand}! {name} placed an order with your link, so you’ve earned {reward}.',
  rewardPendingBodyNoName:
    'Thank you for recommending {brand}! A friend placed an order with your link, so you’ve earned {reward}.',
  rewardPendingWait:
    'Your reward is confirmed once the return period is over, around {date}. We’ll email you then.',
  shareAgain: 'Share your link again',
  // Reward approved
  rewardApprovedSubject: 'Your reward is ready: {reward}',
  rewardApprovedPreheader: 'Thank you for telling your friends about {brand}.',
  rewardApprovedTitle: 'Your reward is ready',
  rewardApprovedBody:
    'Your reward of {reward} has been confirmed. Thank you for telling your friends about {brand}!',
  rewardCodeLabel: 'Your reward code',
  shopNow: 'Shop now',
  keepSharing: 'Know someone else who would like {brand}? Your personal link still works:',
  // Detractor alert (to the shop)
  detractorSubject: 'Detractor alert: {score}/10 from {customer}',
  detractorSubjectAnonymous: 'Detractor alert: a customer scored {score}/10',
  detractorPreheader: 'Reach out while it’s fresh: a quick, personal reply can win them back.',
  detractorTitle: 'A customer is unhappy',
  detractorBody:
    '{customer} answered {score} out of 10 when asked how likely they are to recommend {brand}.',
  detractorBodyAnonymous:
    'A customer answered {score} out of 10 when asked how likely they are to recommend {brand}.',
  detractorComment: 'What they wrote',
  detractorNoComment: 'They left no comment.',
  detractorOrder: 'Order: {order}',
  detractorAdvice:
    'Reply personally within a day. Ask what went wrong and what would put it right; detractors who hear back quickly often come round.',
  detractorReply: 'Reply to the customer',
  // Unsubscribe page
  unsubscribeTitle: 'Email preferences',
  unsubscribeQuestion: 'Which emails from {brand} should stop coming to {address}?',
  unsubscribeMarketing: 'Stop asks and offers',
  unsubscribeMarketingHint:
    'No more surveys or invitations to recommend us. Emails about your own codes and rewards still arrive.',
  unsubscribeAll: 'Stop all emails',
  unsubscribeAllHint: 'Nothing more from {brand} by email, including your codes and rewards.',
  unsubscribeDoneMarketing:
    'Done. {brand} will send you no more asks or offers. Emails about your own codes and rewards still arrive.',
  unsubscribeDoneAll: 'Done. {brand} will not email {address} again.',
  unsubscribeInvalid:
    'This unsubscribe link is not valid. Please use the link in your most recent email from us.',
} as const;

/** A message key of the email catalog. */
export type MailMessageKey = keyof typeof en;

/** A complete email catalog: every key of the English one. */
export type MailMessages = Readonly<Record<MailMessageKey, string>>;
