// What each product makes a host page download, for the bytes table. Two cases:
//   noPrompt   — a page view where nothing is shown;
//   withPrompt — a page view that shows the prompt (NPS survey, feedback form, widget).
// Files come from the packages installed as dev dependencies of the bench (nothing is
// copied into the repo) or from bundles built by build-assets.mjs. Inline snippets (every
// product has a ~0.3–1.5 kB stub in the page) are left out for all of them alike.
import { packageFile, packageVersion } from './paths.mjs';

/** Byte descriptors of the peers; `assets` are the paths returned by buildAssets(). */
export function peerBytes(assets) {
  const posthog = ['array.js', 'surveys.js'].map((name) =>
    packageFile('posthog-js', `dist/${name}`),
  );
  const formbricksLoader = packageFile('@formbricks/js', 'dist/index.umd.js');
  const formbricksSurveys = packageFile('@formbricks/surveys', 'dist/index.umd.js');
  const squatch = packageFile('@saasquatch/squatch-js', 'dist/squatch.min.js');
  return [
    {
      id: 'posthog',
      label: `PostHog surveys (posthog-js ${packageVersion('posthog-js')})`,
      // The runtime benchmark shows surveys.js arriving on every page view of a project
      // with an active survey, whether or not the survey's event happens.
      noPrompt: posthog,
      withPrompt: posthog,
      note: 'array.js + surveys.js (loaded on every page view once the project has a survey); remote config (~1 kB) not counted',
    },
    {
      id: 'sentry',
      label: `Sentry user feedback (@sentry/browser ${packageVersion('@sentry/browser')})`,
      noPrompt: [assets['sentry-feedback']],
      withPrompt: [assets['sentry-feedback']],
      note: '`init` + `feedbackIntegration()` bundled with esbuild (minified); the npm package ships no CDN bundle',
    },
    {
      id: 'formbricks',
      label: `Formbricks (@formbricks/js ${packageVersion('@formbricks/js')} + @formbricks/surveys ${packageVersion('@formbricks/surveys')})`,
      noPrompt: [formbricksLoader],
      withPrompt: [formbricksLoader, formbricksSurveys],
      note: 'the last @formbricks/js that ships its code on npm (2.x+ loads it from the Formbricks server); it fetches surveys ~1.6.3 UMD when a survey shows',
    },
    {
      id: 'squatch',
      label: `SaaSquatch (@saasquatch/squatch-js ${packageVersion('@saasquatch/squatch-js')})`,
      noPrompt: [squatch],
      withPrompt: [squatch],
      lowerBound: true,
      note: 'squatch.min.js only; the widget itself is served by SaaSquatch into an iframe and is not on npm, so "with prompt" is a lower bound',
    },
  ];
}
