import { effect, signal } from '@preact/signals-core';
import { render } from 'preact';
import { createTranslator } from '../i18n/translate.js';
import { PromptRoot } from './components/prompt-root.js';
import { createFocusSteps, NO_SCROLL } from './focus-steps.js';
import { createHost } from './host-element.js';
import { isModal, resolvePlacement, resolveScheme } from './placement.js';
import type { CreateView, Outcome, PromptContext } from './prompt-view.js';
import { stageFrame } from './stage-frame.js';
import { adoptStyles } from './styles/adopt-styles.js';
import { baseCss } from './styles/base-css.js';
import { frameCss } from './styles/frame-css.js';
import { applyTheme } from './theme/apply-theme.js';
import type { MountedPrompt, PromptCallbacks, PromptRequest } from './types.js';

/** How long the exit motion runs before the prompt leaves the page. */
export const EXIT_MS = 160;

/**
 * Puts a prompt on the page at once, with the content of `createView`: the host at the end
 * of `document.body`, its shadow root and styles, the theme, the frame on the top layer
 * (stage-frame.ts), focus handling that never scrolls the page, and the closing sequence (callback → exit motion → removal → focus back → `onClosed`).
 * `calls` must already be guarded; `previous` is the element focused before the prompt.
 */
export function showPrompt(
  request: PromptRequest,
  calls: PromptCallbacks,
  createView: CreateView,
  previous: Element | null,
): MountedPrompt {
  const doc = document;
  const view = doc.defaultView ?? window;
  const { host, shadow } = createHost(doc, request.zIndex);
  adoptStyles(shadow, baseCss + frameCss, request.nonce);
  const closing = signal(false);
  let exitTimer: ReturnType<typeof setTimeout> | undefined;
  let removed = false;
  let unstage: (() => void) | undefined;

  const close = (outcome: Outcome) => {
    if (closing.value || removed) return;
    if (outcome === 'dismiss') calls.onDismiss();
    else if (outcome === 'snooze') calls.onSnooze();
    else if (outcome === 'opt-out') calls.onOptOut();
    closing.value = true;
    const still = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
    exitTimer = setTimeout(() => remove() && calls.onClosed(), still ? 0 : EXIT_MS);
  };

  const context: PromptContext = {
    request,
    calls,
    i18n: createTranslator(request.locale, request.messages ?? {}),
    brand: typeof request.brandName === 'string' ? request.brandName.trim() : '',
    view,
    close,
    addStyles: (css) => adoptStyles(shadow, css, request.nonce),
  };
  const content = createView(context);
  const placement = resolvePlacement(request.placement, view);
  const modal = isModal(placement);
  const focus = createFocusSteps(shadow, modal);

  // Every signal read while rendering is tracked by this @preact/signals effect, so a model
  // change re-renders the prompt (a small tree) at once. Not the Preact bindings
  // (`@preact/signals`): measured, they cost each UI bundle 1.9 kB brotli more (preact/hooks and
  // the options hooks), render a tick later, and on the npm path would patch the host app's
  // own Preact (its options and Component.prototype).
  const stopRendering = effect(() => {
    const hadFocus = focus.hasFocus();
    render(
      <PromptRoot
        request={request}
        placement={placement}
        scheme={resolveScheme(request.theme?.scheme, view)}
        i18n={context.i18n}
        closing={closing.value}
        onDismiss={() => close(content.dismissal() ? 'dismiss' : 'done')}
      >
        {content.render()}
      </PromptRoot>,
      shadow,
    );
    // On the top layer (and the scroll locked) before the first focus, which needs it shown.
    unstage ??= stageFrame(shadow.querySelector('.frame') as HTMLElement, modal, view);
    focus.rendered(content.step(), hadFocus);
  });

  function remove(): boolean {
    if (removed) return false;
    removed = true;
    clearTimeout(exitTimer);
    stopRendering();
    focus.dispose();
    content.dispose();
    const focusInside = doc.activeElement === host || doc.activeElement === doc.body;
    render(null, shadow);
    host.remove();
    unstage?.();
    const target = request.returnFocus ?? previous;
    if (focusInside && target instanceof view.HTMLElement && target.isConnected)
      target.focus(NO_SCROLL);
    return true;
  }

  const root = shadow.querySelector<HTMLElement>('.root');
  if (root) applyTheme(host, root, request.theme ?? {});
  calls.onShown();
  return { destroy: () => void remove() };
}
