export type { Catalog } from '../i18n/catalog.js';
export { catalogFor, loadCatalog } from '../i18n/load-catalog.js';
export { mountPrompt } from './mount-prompt.js';
export type {
  MountedPrompt,
  PanelData,
  Placement,
  PromptCallbacks,
  PromptKind,
  PromptRequest,
  Theme,
} from './types.js';
