// The app's campaigns, written as the JSON a site owner would keep. They are checked by
// `@grapevine/core/schema` when the app is built (`vite.config.ts`: durations like "3d"
// become milliseconds, a mistake fails the build), so the browser downloads no schema code.
export const campaigns = {
  policy: { maxPerSession: 1 },
  campaigns: [
    {
      // Armed by the purchase on the pricing page; asked where the customer sees the value:
      // on their account page, whenever they get there in this session.
      id: 'welcome-nps',
      kind: 'nps',
      npsKind: 'transactional',
      promoterToReferral: true,
      triggers: [{ type: 'purchase', scope: 'session' }],
      context: { url: { include: ['/account'] } },
      frequency: { oncePerTrigger: true, dismissGap: '7d' },
    },
  ],
};
