export type { Catalog } from './catalog.js';
export { en, type MessageKey } from './en.js';
export { formatReward } from './format-reward.js';
export { catalogFor, loadCatalog } from './load-catalog.js';
export {
  createTranslator,
  type MessageValues,
  supportedLocale,
  type Translator,
} from './translate.js';
