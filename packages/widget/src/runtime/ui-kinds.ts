// What the runtime loads to show something: one UI per kind of prompt, and one for the
// `<grapevine-referral>` panel. The script tag ships each as a self-contained bundle (a
// prompt downloads only the UI it shows); the npm build serves every kind from one chunk.
import type { Config } from '@grapevine/core';
import type { Catalog } from '../i18n/catalog.js';
import type {
  MountedPrompt,
  PanelCallbacks,
  PanelRequest,
  PromptCallbacks,
  PromptKind,
  PromptRequest,
} from '../ui/types.js';

/** A prompt's kind, or `'panel'` for `<grapevine-referral>`. */
export type UiKind = PromptKind | 'panel';

interface Messages {
  /** The locale's messages for what is shown (a prompt kind, or `'panel'`). */
  loadCatalog(locale: string, kind: string): Promise<Partial<Catalog>>;
}

/** The UI of a prompt kind. */
export interface PromptUi extends Messages {
  mountPrompt(request: PromptRequest, callbacks: PromptCallbacks): MountedPrompt;
}

/** The UI of the panel. */
export interface PanelUi extends Messages {
  mountPanel(element: HTMLElement, request: PanelRequest, callbacks: PanelCallbacks): MountedPrompt;
}

/** What each kind's UI offers. */
export type UiModules = { [K in UiKind]: K extends 'panel' ? PanelUi : PromptUi };

/** Loads the UI of one kind. */
export type LoadUi = <K extends UiKind>(kind: K) => Promise<UiModules[K]>;

/** The kinds of the campaigns a purchase triggers: the UIs worth warming after one. */
export const purchaseKinds = (config: Config): PromptKind[] =>
  config.campaigns
    .filter((campaign) => campaign.triggers.some((trigger) => trigger.type === 'purchase'))
    .map((campaign) => campaign.kind);
