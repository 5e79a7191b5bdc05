// The script tag's referral prompt UI (`grapevine-ui-referral.js`, see one-kind.ts).
import { createView } from '../views/referral-view.js';
import { oneKind } from './one-kind.js';

export { loadCatalog } from '../../i18n/load-catalog.js';
export { createPresenter } from '../../runtime/presenter.js';
export const mountPrompt = oneKind('referral', createView);
