// Puts a decided prompt on the page: builds the UI's request, loads the UI chunk, and routes
// the UI's callbacks to the recorder. In headless mode (`ui: false`) it only emits `show`
// and the host renders; outcomes then come through the handle and the same recorder.
import type { Backend, Campaign, Claim, Decision } from '@grapevine/core';
import type { Catalog } from '../i18n/catalog.js';
import { directionOf, shownLocale } from '../i18n/direction.js';
import type { MountedPrompt, PromptCallbacks, PromptRequest } from '../ui/types.js';
import type { ShowDetail } from './events.js';
import { callBackend, checkFriendOffer, checkReferral } from './guards.js';
import type { HeadlessMethod } from './headless.js';
import type { StateCell } from './observable-state.js';
import { createRecorder, type PromptRef } from './recorder.js';
import type { PanelDeps } from './referral-panels.js';
import { IN_UI_BUNDLE } from './ui-bundle.js';
import type { PanelUi, PromptUi } from './ui-kinds.js';

/** Every kind's UI in one module (`src/ui/index.ts`, the npm build's UI chunk). */
export interface UiModule extends PromptUi, PanelUi {}

/** What the runtime gives the presenter: the panel's needs, plus the prompt's own. */
export interface PresenterDeps extends PanelDeps {
  referralCode(): string | undefined;
  /** The prompt left the page; `failed`: it never showed (UI chunk or mount failed). */
  onClosed(failed: boolean): void;
  /** The observable state (the npm entry's): the open prompt and its step. */
  state?: StateCell;
  /** Headless mode: the messages of a kind in a locale (English under the locale's catalog). */
  loadMessages?(): Promise<typeof import('../i18n/messages-for.js')>;
}

/** A decision to show, with the campaign it is about. */
export type ShowDecision = Decision & { campaign: Campaign };

export type { HeadlessMethod } from './headless.js';

export interface Presenter {
  /** The open prompt, if any. */
  readonly current: PromptRef | undefined;
  present(decision: ShowDecision): Promise<void>;
  /**
   * Records a headless outcome (`answer(9)`, `comment('Great')`, `share('email')`…) for the
   * open prompt; `dismiss`, `snooze` and `optOut` also close it. Bad arguments are reported by
   * `fail`. Returns `claim`'s promise.
   */
  headless(method: HeadlessMethod, args: unknown[], fail: (message: string) => void): unknown;
  /** Closes the open prompt (headless `close()`, `destroy()`). */
  close(failed?: boolean): void;
}

/**
 * Loaded lazily (a chunk of its own): a page view without a prompt never downloads it.
 */
export function createPresenter(deps: PresenterDeps): Presenter {
  const { options, events } = deps;
  // The observable state is the npm entry's: the script tag (whose UI bundles carry this) has none.
  const state = IN_UI_BUNDLE ? undefined : deps.state;
  let current: PromptRef | undefined;
  const recorder = createRecorder({
    ...deps,
    step(prompt, next) {
      if (current === prompt) state?.set({ step: next });
    },
  });
  let mounted: MountedPrompt | undefined;

  const close = (failed = false): void => {
    const prompt = current;
    if (!prompt) return;
    current = undefined;
    state?.set({ prompt: null, step: null });
    mounted?.destroy();
    mounted = undefined;
    void deps.delivery.flush(); // releases a held NPS answer
    events.emit('closed', {
      campaignId: prompt.campaignId,
      variantId: prompt.variantId,
      kind: prompt.kind,
    });
    deps.onClosed(failed);
  };

  const backendCall = <T>(
    call: (backend: Backend) => Promise<unknown>,
    check: (value: unknown) => T,
  ) => callBackend(deps.delivery, options.timeout, call, check);

  // The impression: once, when the prompt is painted (the UI's frames, or the host's word).
  const rendered = (prompt: PromptRef): void => {
    if (prompt.impressed || current !== prompt) return;
    prompt.impressed = true;
    recorder.impression(prompt);
  };
  const claim = (prompt: PromptRef, email: string): Promise<Claim> | undefined => {
    const code = prompt.friendCode;
    if (!code) return undefined;
    return backendCall(
      (backend) => backend.claim(code, { email, visitorId: deps.visitorId() }),
      (value) => value as Claim,
    ).then((result) => {
      if (result.status === 'claimed') recorder.claim(prompt, code, result.coupon);
      return result;
    });
  };
  const headlessDeps = { recorder, rendered, claim, close: () => close() };
  // The handle's outcome methods live in a chunk of their own: a page with the built-in UI
  // never needs them. A headless prompt (`ui: false`) loads it before `show`, so calls run at
  // once; with the built-in UI a host's first call waits for it (calls keep their order).
  let headless: typeof import('./headless.js') | undefined;
  const loadHeadless = async () => (headless ??= await import('./headless.js'));

  return {
    headless(method, args, fail) {
      const prompt = current;
      const run = (module: typeof import('./headless.js')): unknown => {
        const claiming = module.runHeadless(headlessDeps, prompt, method, args, fail);
        if (!(claiming instanceof Promise)) return claiming;
        return claiming.catch((error: unknown) => {
          deps.report('Grapevine: claim() failed', error);
          return undefined;
        });
      };
      if (headless) return run(headless);
      return loadHeadless().then(run, (error: unknown) =>
        deps.report(`Grapevine: ${method}() could not load`, error),
      );
    },
    get current() {
      return current;
    },
    close,
    async present(decision) {
      const { campaign } = decision;
      const prompt: PromptRef = {
        campaignId: campaign.id,
        variantId: decision.variantId ?? 'default',
        kind: campaign.kind,
        npsKind: campaign.npsKind ?? 'relational',
        snoozeFor: campaign.frequency?.snooze ?? 0,
        ...(decision.trigger ? { triggerKey: decision.trigger.key } : {}),
      };
      current = prompt;
      const code = deps.referralCode();
      if (campaign.kind === 'friend-offer' && code) prompt.friendCode = code;
      // The link is asked for as the prompt opens (an NPS prompt's promoter step too), for an
      // anonymous visitor as well: a site may allow unsigned referrals. The identity is
      // re-signed first when an `identify()` callback gave it and it may be too old.
      const wantsLink =
        campaign.kind === 'referral' || (campaign.kind === 'nps' && campaign.promoterToReferral);
      const referral = wantsLink
        ? backendCall(
            async (backend) =>
              backend.referral((await deps.advocate()) ?? {}, { visitorId: deps.visitorId() }),
            checkReferral,
          )
        : undefined;
      void referral?.then(
        (value) => {
          prompt.code = value.code;
          deps.ownCodes.add(value.code);
        },
        () => {},
      );
      // A referral pop-up without its link (refused for an anonymous visitor, a signature
      // that could not be renewed, no backend) is not shown and counts no impression. Its UI
      // chunk loads meanwhile (the runtime started it), so a link in time costs nothing.
      if (campaign.kind === 'referral') {
        try {
          await referral;
        } catch {
          if (current === prompt) {
            current = undefined;
            deps.onClosed(true);
          }
          return;
        }
        if (current !== prompt) return; // closed or destroyed meanwhile
      }
      // The backend checks self-referral by visitor id (the advocate's own browser); this
      // browser also knows the links its advocate received, which covers a backend that
      // cannot tell (e.g. the advocate's visitor id was never seen with their code).
      const ownLink = code !== undefined && deps.ownCodes.has(code);
      const friendOffer =
        campaign.kind === 'friend-offer' && code
          ? backendCall(
              (backend) => backend.offer(code, { visitorId: deps.visitorId() }),
              checkFriendOffer,
            ).then((offer) =>
              offer && ownLink ? { ...offer, status: 'self-referral' as const } : offer,
            )
          : undefined;
      const locale = deps.locale();
      const overrides = decision.messages ?? {};
      const detail = (messages: Record<string, string>, shown: string): ShowDetail => ({
        campaignId: prompt.campaignId,
        variantId: prompt.variantId,
        kind: prompt.kind,
        campaign,
        messages,
        locale: shown,
        ...(decision.trigger ? { trigger: decision.trigger } : {}),
        ...(referral ? { referral } : {}),
        ...(friendOffer ? { friendOffer } : {}),
      });
      // A UI bundle's presenter serves built-in UI pages only (ui-bundle.ts).
      if (!options.ui && !IN_UI_BUNDLE) {
        // Headless: the host renders, so `show` carries the kind's copy in the visitor's
        // language (headless.ts), and the handle's methods are loaded before it.
        let show = detail(overrides, locale);
        try {
          const copy = await (await loadHeadless()).headlessCopy(
            deps.loadMessages,
            locale,
            campaign.kind,
          );
          const variant = campaign.variants?.find((entry) => entry.id === prompt.variantId);
          const content = [campaign.content, variant?.content];
          if (copy) {
            show = detail(
              { ...copy.messages, ...overrides },
              shownLocale(locale, copy.translated, ...content),
            );
          }
        } catch (error) {
          deps.report('Grapevine: the headless prompt could not load', error);
        }
        if (current !== prompt) return; // closed or destroyed while loading
        prompt.show = show;
        state?.set({ prompt: show, step: 'pending' });
        events.emit('show', show);
        return;
      }
      const messages = overrides;
      const show = detail(messages, locale);
      prompt.show = show;
      state?.set({ prompt: show, step: 'pending' });
      events.emit('show', show);
      let ui: PromptUi;
      let catalog: Partial<Catalog>;
      try {
        ui = await deps.loadUi(campaign.kind);
        catalog = await ui.loadCatalog(locale, campaign.kind);
      } catch (error) {
        deps.report('Grapevine: the prompt UI could not load', error);
        if (current === prompt) close(true);
        return;
      }
      if (current !== prompt) return; // closed or destroyed while loading
      // The language of the text shown, not the page's: English without a catalog.
      const variant = campaign.variants?.find((entry) => entry.id === prompt.variantId);
      const shown = shownLocale(locale, catalog, campaign.content, variant?.content);
      const request: PromptRequest = {
        kind: campaign.kind,
        campaignId: prompt.campaignId,
        variantId: prompt.variantId,
        placement: campaign.placement ?? 'auto',
        locale: shown,
        dir: directionOf(shown),
        theme: options.theme,
        zIndex: options.zIndex,
        // The locale's catalog under the campaign's and variant's copy.
        messages: { ...(catalog as Record<string, string>), ...messages },
        npsKind: prompt.npsKind,
        promoterToReferral: campaign.promoterToReferral ?? false,
        returnFocus: document.activeElement instanceof HTMLElement ? document.activeElement : null,
        ...(options.nonce ? { nonce: options.nonce } : {}),
        ...(options.brandName ? { brandName: options.brandName } : {}),
        ...(campaign.reviewUrl ? { reviewUrl: campaign.reviewUrl } : {}),
        ...(campaign.offer ? { offer: campaign.offer } : {}),
        ...(campaign.channels ? { channels: campaign.channels } : {}),
        ...(referral ? { referral } : {}),
        ...(friendOffer ? { friendOffer } : {}),
      };
      const on = deps.guard;
      const callbacks: PromptCallbacks = {
        // Recorded once the prompt's first frames are painted (stored before any send).
        onShown: () => deps.delivery.afterHold(on('onShown', () => rendered(prompt))),
        onNpsAnswer: on('onNpsAnswer', ({ score }) => void recorder.answer(prompt, score)),
        onNpsComment: on('onNpsComment', (comment) => void recorder.comment(prompt, comment)),
        onShare: on('onShare', (channel) => recorder.share(prompt, channel)),
        onCopy: on('onCopy', () => recorder.copy(prompt)),
        onDismiss: on('onDismiss', () => recorder.dismiss(prompt)),
        onSnooze: on('onSnooze', () => recorder.snooze(prompt)),
        onOptOut: on('onOptOut', () => recorder.optOut(prompt)),
        onClosed: on('onClosed', () => {
          if (current === prompt) close();
        }),
      };
      if (prompt.friendCode) {
        callbacks.onClaim = (email) => claim(prompt, email) as Promise<Claim>;
      }
      try {
        mounted = ui.mountPrompt(request, callbacks);
      } catch (error) {
        deps.report('Grapevine: the prompt could not be shown', error);
        close(true);
      }
    },
  };
}
