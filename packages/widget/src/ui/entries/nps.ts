// The script tag's NPS prompt (with its referral step) UI (`grapevine-ui-nps.js`, see one-kind.ts).
import { createView } from '../views/nps-view.js';
import { oneKind } from './one-kind.js';

export { loadCatalog } from '../../i18n/load-catalog.js';
export { createPresenter } from '../../runtime/presenter.js';
export const mountPrompt = oneKind('nps', createView);
