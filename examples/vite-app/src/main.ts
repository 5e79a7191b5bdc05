// Grapevine in a single-page app, from npm, on the lean path: `createGrapevine` is all a page
// view downloads while nothing can change (~3 kB brotli); the rules, the UI and the backend
// load with `import()` when needed. The backend here is the in-memory one from
// @grapevine/adapter, loaded on first use; in production pass `endpoint` and `siteKey`.
import { createGrapevine } from '@grapevine/widget';
import { startRouter } from './router.js';
import { routes } from './routes.js';
import './style.css';

const grapevine = createGrapevine({
  backend: () =>
    import('@grapevine/adapter').then(({ memoryBackend }) =>
      memoryBackend({ shareUrl: `${location.origin}/` }),
    ),
  config: __GRAPEVINE_CONFIG__, // parsed at build time (vite.config.ts)
  brandName: 'Brewlog',
  theme: { brand: '#3b3f8f' },
});

// What the widget does, for the host app's analytics (here: a line in the console).
grapevine.on('shown', ({ campaignId }) => console.info(`Grapevine showed ${campaignId}`));

// `explain()` answers the question every integrator asks, for the current page. The rules
// may sleep on this page view (nothing could show): `ready()` loads them first.
const answer = document.querySelector('[data-why-answer]');
document.querySelector('[data-why]')?.addEventListener('click', async () => {
  await grapevine.ready();
  if (answer) answer.textContent = grapevine.explain('welcome-nps')?.summary ?? 'No such campaign.';
});

const main = document.querySelector<HTMLElement>('#view');
if (main) startRouter(routes(grapevine), main, () => answer?.replaceChildren());
