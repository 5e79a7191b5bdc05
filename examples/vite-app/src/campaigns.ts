// The app's campaigns, written as the JSON a site owner would keep, and checked by
// `@grapevine/core/schema` (durations like "3d" become milliseconds; mistakes are named).
import type { Config } from '@grapevine/core';
import { parseConfig } from '@grapevine/core/schema';

const campaigns = {
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

/** The checked config; problems are reported on the console (none here, the test proves it). */
export function loadConfig(): Config {
  const { config, errors } = parseConfig(campaigns);
  for (const error of errors) console.error(`campaigns ${error.path}: ${error.message}`);
  return config;
}
