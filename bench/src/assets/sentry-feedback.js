// Sentry's documented browser install with the user-feedback widget: `init` with the
// feedback integration (which injects its "Report a bug" button on every page view and
// carries the form). Bundled by ../build-assets.mjs to measure its bytes.
import { feedbackIntegration, init } from '@sentry/browser';

init({
  dsn: 'https://public@o0.ingest.sentry.io/0',
  integrations: [feedbackIntegration({ colorScheme: 'system' })],
});
