// PostHog's API, answered locally so the PostHog variant runs without network. The shapes
// follow what posthog-js (array.js + surveys.js) reads: remote config turns surveys on,
// `/flags` answers with no flags, `/api/surveys` returns one event-triggered NPS popover
// (the equivalent of Grapevine's NPS-after-purchase prompt), and capture endpoints accept
// everything.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from './paths.mjs';

export const posthogToken = 'phc_bench';

const npsSurvey = {
  id: 'bench-nps',
  name: 'NPS after purchase',
  description: '',
  type: 'popover',
  questions: [
    {
      id: 'nps-score',
      type: 'rating',
      question: 'How likely are you to recommend us to a friend or colleague?',
      description: '',
      display: 'number',
      scale: 10,
      lowerBoundLabel: 'Not at all likely',
      upperBoundLabel: 'Extremely likely',
      buttonText: 'Submit',
    },
  ],
  appearance: { position: 'right', displayThankYouMessage: true, thankYouMessageHeader: 'Thanks!' },
  conditions: { events: { values: [{ name: 'purchase' }], repeatedActivation: false } },
  start_date: '2026-01-01T00:00:00Z',
  end_date: null,
  current_iteration: null,
  current_iteration_start_date: null,
  linked_flag_key: null,
  targeting_flag_key: null,
  internal_targeting_flag_key: null,
  schedule: 'once',
  enable_partial_responses: false,
};

const remoteConfig = {
  token: posthogToken,
  supportedCompression: [],
  hasFeatureFlags: false,
  captureDeadClicks: false,
  capturePerformance: false,
  autocaptureExceptions: false,
  analytics: { endpoint: '/i/v0/e/' },
  elementsChainAsString: true,
  sessionRecording: false,
  heatmaps: false,
  surveys: [npsSurvey],
  defaultIdentifiedOnly: true,
  siteApps: [],
};

const flagsResponse = {
  flags: {},
  featureFlags: {},
  featureFlagPayloads: {},
  errorsWhileComputingFlags: false,
  requestId: 'bench',
  quotaLimited: [],
};

/**
 * Answers a request under the PostHog prefix. Returns `{ file }` for static bundles,
 * `{ json }` or `{ js }` for API answers, or `undefined` for an unknown path (the server
 * logs those, so a new endpoint in a future posthog-js shows up instead of hanging).
 */
export function posthogRoute(pathname) {
  const staticMatch = /^\/static\/(?:[\d.]+\/)?([\w.-]+\.js)$/.exec(pathname);
  if (staticMatch?.[1]) {
    const file = join(packageDir('posthog-js'), 'dist', staticMatch[1]);
    return existsSync(file) ? { file } : undefined;
  }
  if (pathname === `/array/${posthogToken}/config`) return { json: remoteConfig };
  if (pathname === `/array/${posthogToken}/config.js`) {
    return {
      js: `window._POSTHOG_REMOTE_CONFIG=window._POSTHOG_REMOTE_CONFIG||{};window._POSTHOG_REMOTE_CONFIG[${JSON.stringify(posthogToken)}]={config:${JSON.stringify(remoteConfig)},siteApps:[]};`,
    };
  }
  if (pathname.startsWith('/flags') || pathname.startsWith('/decide'))
    return { json: flagsResponse };
  if (pathname.startsWith('/api/surveys')) return { json: { surveys: [npsSurvey] } };
  if (/^\/(e|i\/v0\/e|s|batch|engage|i\/v1\/logs|i\/v1\/metrics)\/?$/.test(pathname)) {
    return { json: { status: 1 } };
  }
  return undefined;
}

/** Finds the survey PostHog renders: a div per survey with an open shadow root. */
export const posthogVisibleProbe = `(() => {
  const host = document.querySelector('[class^="PostHogSurvey"], [class*=" PostHogSurvey"]');
  const root = host && host.shadowRoot;
  return root ? root.querySelector('.survey-form, .survey-box, form') : null;
})()`;
