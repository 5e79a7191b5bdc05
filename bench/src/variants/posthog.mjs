// PostHog (posthog-js array.js, which lazy-loads surveys.js) with an NPS popover survey
// triggered by a `purchase` event, against the local mock in ../posthog-mock.mjs.
import { benchOrder } from '../host-page.mjs';
import { posthogToken, posthogVisibleProbe } from '../posthog-mock.mjs';

// The same call shape as PostHog's documented install: the library script, then `init`
// with the project token and the API host (here our mock), autocapture and recordings off so
// only surveys run.
const init = (origin) =>
  `posthog.init(${JSON.stringify(posthogToken)},{api_host:${JSON.stringify(`${origin}/ph`)},` +
  `ui_host:${JSON.stringify(origin)},autocapture:false,capture_pageview:true,capture_pageleave:false,` +
  // The bot filter would drop the `purchase` event that opens the survey in headless Chromium.
  'disable_session_recording:true,person_profiles:"identified_only",advanced_disable_toolbar_metrics:true,opt_out_useragent_filter:true})';

export const posthogVariant = {
  id: 'posthog',
  label: 'PostHog NPS survey',
  head: (origin) =>
    `<script async src="${origin}/ph/static/array.js" onload='${init(origin)}'></script>`,
  // Surveys are ready once surveys.js has loaded and the survey list has arrived.
  ready:
    'Boolean(window.posthog && window.posthog.__loaded && window.__PosthogExtensions__ && window.__PosthogExtensions__.generateSurveys)',
  trigger: `posthog.capture('purchase', ${JSON.stringify({ order_id: benchOrder.id, revenue: benchOrder.total, currency: benchOrder.currency })})`,
  probe: posthogVisibleProbe,
};
