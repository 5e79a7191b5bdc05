// The script tag's `<grapevine-referral>` panel UI (`grapevine-ui-panel.js`, see one-kind.ts).
export { loadCatalog } from '../../i18n/load-catalog.js';
export { createPanels } from '../../runtime/referral-panels.js';
export { mountPanel } from '../mount-panel.js';
