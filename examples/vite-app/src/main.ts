// Grapevine in a single-page app, from npm: the typed API, your own backend (here the
// in-memory one from @grapevine/adapter; use httpBackend({ endpoint, siteKey }) in production).
import { memoryBackend } from '@grapevine/adapter';
import { createGrapevine } from '@grapevine/widget';
import { loadConfig } from './campaigns.js';
import { startRouter } from './router.js';
import { routes } from './routes.js';
import './style.css';

const grapevine = createGrapevine({
  backend: memoryBackend({ shareUrl: `${location.origin}/` }),
  config: loadConfig(),
  brandName: 'Brewlog',
  theme: { brand: '#3b3f8f' },
});

// What the widget does, for the host app's analytics (here: a line in the console).
grapevine.on('shown', ({ campaignId }) => console.info(`Grapevine showed ${campaignId}`));

// `explain()` answers the question every integrator asks, for the current page.
const answer = document.querySelector('[data-why-answer]');
document.querySelector('[data-why]')?.addEventListener('click', () => {
  if (answer) answer.textContent = grapevine.explain('welcome-nps')?.summary ?? 'No such campaign.';
});

const main = document.querySelector<HTMLElement>('#view');
if (main) startRouter(routes(grapevine), main, () => answer?.replaceChildren());
