import { effect, signal } from '@preact/signals-core';
import { render } from 'preact';
import { createTranslator } from '../i18n/translate.js';
import { PromptRoot } from './components/prompt-root.js';
import { createFocusSteps } from './focus-steps.js';
import { guardCallbacks } from './guard-callbacks.js';
import { createHost } from './host-element.js';
import { createCopyModel } from './models/copy-model.js';
import { createNpsModel } from './models/nps-model.js';
import { createReferralModel } from './models/referral-model.js';
import { isModal, resolvePlacement, resolveScheme } from './placement.js';
import { readShareEnvironment, usableChannels } from './share/detect-channels.js';
import { adoptStyles } from './styles/adopt-styles.js';
import { baseCss } from './styles/base-css.js';
import { promptCss } from './styles/prompt-css.js';
import { applyTheme } from './theme/apply-theme.js';
import type { MountedPrompt, PromptCallbacks, PromptRequest } from './types.js';

/** How long the exit motion runs before the prompt leaves the page. */
export const EXIT_MS = 160;

type Outcome = 'dismiss' | 'snooze' | 'opt-out' | 'done';

/**
 * Renders a prompt in its own shadow root at the end of `document.body` and reports what
 * the shopper does through `callbacks`. The runtime decides and records; this only shows.
 * @example const prompt = mountPrompt(request, callbacks); … prompt.destroy();
 */
export function mountPrompt(request: PromptRequest, callbacks: PromptCallbacks): MountedPrompt {
  const doc = document;
  const view = doc.defaultView ?? window;
  const previous = doc.activeElement;
  const calls = guardCallbacks(callbacks);
  const { host, shadow } = createHost(doc, request.zIndex);
  adoptStyles(shadow, baseCss + promptCss, request.nonce);

  const i18n = createTranslator(request.locale, request.messages ?? {});
  const brand = typeof request.brandName === 'string' ? request.brandName.trim() : '';
  const closing = signal(false);
  const nps =
    request.kind === 'nps'
      ? createNpsModel({
          promoterToReferral: request.promoterToReferral === true,
          onAnswer: calls.onNpsAnswer,
          onComment: calls.onNpsComment,
        })
      : null;
  // The referral request starts now even for NPS, so a promoter's link is ready in time.
  const referral = createReferralModel(request.referral);
  const copy = createCopyModel(calls.onCopy);
  let exitTimer: ReturnType<typeof setTimeout> | undefined;
  let removed = false;

  const remove = () => {
    if (removed) return false;
    removed = true;
    clearTimeout(exitTimer);
    referral.dispose();
    copy.dispose();
    const focusInside = doc.activeElement === host || doc.activeElement === doc.body;
    stopRendering();
    focus.dispose();
    render(null, shadow);
    host.remove();
    const target = request.returnFocus ?? previous;
    if (focusInside && target instanceof view.HTMLElement && target.isConnected) target.focus();
    return true;
  };

  const close = (outcome: Outcome) => {
    if (closing.value || removed) return;
    if (outcome === 'dismiss') calls.onDismiss();
    else if (outcome === 'snooze') calls.onSnooze();
    else if (outcome === 'opt-out') calls.onOptOut();
    closing.value = true;
    const still = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
    exitTimer = setTimeout(() => remove() && calls.onClosed(), still ? 0 : EXIT_MS);
  };

  const channels = usableChannels(request.channels, readShareEnvironment(view));
  const placement = resolvePlacement(request.placement, view);
  const focus = createFocusSteps(shadow, isModal(placement));
  // Every signal a component reads while rendering is tracked here, so a model change
  // re-renders the prompt (a small tree) without the @preact/signals bindings' bytes.
  const stopRendering = effect(() => {
    render(
      <PromptRoot
        request={request}
        placement={placement}
        scheme={resolveScheme(request.theme?.scheme, view)}
        i18n={i18n}
        brand={brand}
        closing={closing}
        nps={nps}
        referral={referral}
        copy={copy}
        channels={channels}
        nativeShare={(data) => view.navigator.share(data)}
        onShare={calls.onShare}
        onDismiss={() => close(nps?.answered.value ? 'done' : 'dismiss')}
        onDone={() => close('done')}
        onSnooze={() => close('snooze')}
        onOptOut={() => close('opt-out')}
      />,
      shadow,
    );
    focus.rendered(nps ? nps.step.value : 'referral');
  });
  const root = shadow.querySelector<HTMLElement>('.root');
  if (root) applyTheme(host, root, request.theme ?? {});
  calls.onShown();

  return {
    destroy() {
      remove();
    },
  };
}
