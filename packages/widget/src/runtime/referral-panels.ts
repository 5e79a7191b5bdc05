// The programme page's `<grapevine-referral>` panels: defines the element, mounts the UI's
// panel into each one with the advocate's link and numbers, and records copy and share like
// the referral prompt does. A chunk of its own: a page without a panel never loads it.
import type { Advocate, Backend, Campaign } from '@grapevine/core';
import { resolveMessages } from '@grapevine/core';
import type { Catalog } from '../i18n/catalog.js';
import { directionOf, shownLocale } from '../i18n/direction.js';
import type { MountedPrompt, PanelCallbacks, PanelData, PanelRequest } from '../ui/types.js';
import type { Emitter } from './emitter.js';
import type { GrapevineEvents } from './events.js';
import { callBackend, checkReferral, checkStats, quiet } from './guards.js';
import type { ResolvedOptions } from './options.js';
import { CONNECTION_EVENT, PANEL_TAG, panelElement } from './panel-tag.js';
import { createRecorder, type PromptRef, type RecorderDeps } from './recorder.js';
import type { LoadUi } from './ui-kinds.js';

export { PANEL_TAG } from './panel-tag.js';
export type { PanelUi } from './ui-kinds.js';

/** The campaign id of the panel's events when the config has no referral campaign. */
export const PANEL_CAMPAIGN_ID = 'panel';

/** What the runtime gives the panels (and, extended, the presenter). */
export interface PanelDeps extends Omit<RecorderDeps, 'events'> {
  options: ResolvedOptions;
  events: Emitter<GrapevineEvents>;
  loadUi: LoadUi;
  locale(): string;
  /**
   * The advocate to sign a request with, asked again of an `identify()` callback when its
   * signature may be too old; rejects when that fails.
   */
  advocate(): Promise<Advocate | undefined>;
  /** The visitor's sticky variant of a campaign. */
  variantOf(campaignId: string): string;
  /** This browser's anonymous visitor id (sent with `referral()`: the advocate's device). */
  visitorId(): string;
  /** Remembers this browser's own referral codes (the advocate's links). */
  ownCodes: { add(code: string): void; has(code: string): boolean };
  /** Wraps a callback so nothing it throws reaches the host or the UI. */
  guard<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R | undefined;
  report(message: string, error?: unknown): void;
}

/** The mounted panels of one runtime. */
export interface PanelHost {
  /** Asks the backend again and re-renders every panel (after `identify()`). */
  refresh(): void;
  /** Removes the panels' content; the elements stay. */
  destroy(): void;
}

/**
 * Defines `<grapevine-referral>` (once per page, whoever comes first) and mounts a panel
 * into every such element, now and whenever one is added later (SPA pages).
 * @example const panels = createPanels(deps); identify → panels.refresh()
 */
export function createPanels(deps: PanelDeps): PanelHost {
  const { options } = deps;
  const recorder = createRecorder(deps);
  const doc = document;
  const mounted = new Map<HTMLElement, MountedPrompt>();
  const pending = new WeakMap<HTMLElement, object>();
  let data: Promise<PanelData> | undefined;
  let destroyed = false;

  const unmount = (element: HTMLElement): void => {
    mounted.get(element)?.destroy();
    mounted.delete(element);
  };

  // No identified advocate: no backend call, the panel shows the sign-in hint.
  const loadData = (advocate: Advocate | undefined): Promise<PanelData> => {
    if (!advocate) return Promise.resolve({ referral: null, stats: null });
    const ask = <T>(call: (backend: Backend) => Promise<unknown>, check: (value: unknown) => T) =>
      callBackend(deps.delivery, options.timeout, call, check);
    const referral = ask(
      (backend) => backend.referral(advocate, { visitorId: deps.visitorId() }),
      checkReferral,
    );
    // Numbers are extra: without them the advocate still gets the link.
    const stats = ask(
      (backend) => backend.stats?.(advocate) ?? Promise.resolve(null),
      checkStats,
    ).catch(() => null);
    return quiet(
      Promise.all([referral, stats]).then(([link, numbers]) => ({
        referral: link,
        stats: numbers,
      })),
    );
  };

  const request = (element: HTMLElement, locale: string, catalog: Partial<Catalog>) => {
    const wanted = element.dataset.campaign;
    const campaign: Campaign | undefined = options.config.campaigns.find(
      (candidate) => candidate.kind === 'referral' && (!wanted || candidate.id === wanted),
    );
    const variantId = campaign ? deps.variantOf(campaign.id) : 'default';
    const variant = campaign?.variants?.find((candidate) => candidate.id === variantId);
    const signInText = element.dataset.signInText;
    const signInUrl = element.dataset.signInUrl;
    // An identity callback that fails leaves the visitor anonymous: the sign-in hint.
    data ??= deps.advocate().then(loadData, () => loadData(undefined));
    const prompt: PromptRef = {
      campaignId: campaign?.id ?? PANEL_CAMPAIGN_ID,
      variantId,
      kind: 'referral',
      npsKind: 'relational',
      snoozeFor: 0,
    };
    void data.then(
      ({ referral }) => {
        if (!referral) return;
        prompt.code = referral.code;
        deps.ownCodes.add(referral.code);
      },
      () => {},
    );
    const shown = shownLocale(locale, catalog, campaign?.content, variant?.content);
    const panel: PanelRequest = {
      locale: shown,
      dir: directionOf(shown),
      theme: options.theme,
      messages: {
        ...(catalog as Record<string, string>),
        ...resolveMessages(locale, campaign?.content, variant?.content),
        ...(signInText ? { panelSignIn: signInText } : {}),
      },
      data,
      ...(options.nonce ? { nonce: options.nonce } : {}),
      ...(options.brandName ? { brandName: options.brandName } : {}),
      ...(campaign?.offer ? { offer: campaign.offer } : {}),
      ...(campaign?.channels ? { channels: campaign.channels } : {}),
      ...(signInUrl ? { signInUrl } : {}),
    };
    const callbacks: PanelCallbacks = {
      onShare: deps.guard('onShare', (channel) => recorder.share(prompt, channel)),
      onCopy: deps.guard('onCopy', () => recorder.copy(prompt)),
    };
    return [panel, callbacks] as const;
  };

  const mount = (element: HTMLElement): void => {
    const token = {};
    pending.set(element, token);
    const locale = deps.locale();
    deps
      .loadUi('panel')
      .then(async (ui) => {
        const catalog = await ui.loadCatalog(locale, 'panel');
        // A newer mount of this element, or the runtime's end, wins over this one.
        if (destroyed || pending.get(element) !== token || !element.isConnected) return;
        unmount(element);
        mounted.set(element, ui.mountPanel(element, ...request(element, locale, catalog)));
      })
      .catch((error: unknown) =>
        deps.report('Grapevine: the referral panel could not show', error),
      );
  };

  const mountAll = (): void => {
    for (const element of mounted.keys()) if (!element.isConnected) unmount(element);
    for (const element of doc.querySelectorAll<HTMLElement>(PANEL_TAG)) mount(element);
  };

  const onConnection = (event: Event): void => {
    const element = (event as CustomEvent<unknown>).detail;
    if (!(element instanceof HTMLElement)) return;
    if (element.isConnected) mount(element);
    else unmount(element);
  };
  doc.addEventListener(CONNECTION_EVENT, onConnection);
  const registry = doc.defaultView?.customElements;
  if (registry && !registry.get(PANEL_TAG)) registry.define(PANEL_TAG, panelElement());
  mountAll();

  return {
    refresh() {
      if (destroyed) return;
      data = undefined;
      mountAll();
    },
    destroy() {
      destroyed = true;
      doc.removeEventListener(CONNECTION_EVENT, onConnection);
      for (const element of [...mounted.keys()]) unmount(element);
    },
  };
}
