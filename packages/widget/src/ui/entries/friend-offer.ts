// The script tag's friend offer UI (`grapevine-ui-friend-offer.js`, see one-kind.ts).
import { createView } from '../views/friend-view.js';
import { oneKind } from './one-kind.js';

export { loadCatalog } from '../../i18n/load-catalog.js';
export { createPresenter } from '../../runtime/presenter.js';
export const mountPrompt = oneKind('friend-offer', createView);
