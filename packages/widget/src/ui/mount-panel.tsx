import { effect } from '@preact/signals-core';
import { render } from 'preact';
import { createTranslator } from '../i18n/translate.js';
import { ReferralPanel } from './components/referral-panel.js';
import { guardCallbacks } from './guard-callbacks.js';
import { createCopyModel } from './models/copy-model.js';
import { createPanelModel } from './models/panel-model.js';
import { resolveScheme } from './placement.js';
import { readShareEnvironment, usableChannels } from './share/detect-channels.js';
import { adoptStyles } from './styles/adopt-styles.js';
import { panelBaseCss } from './styles/base-css.js';
import { panelCss } from './styles/panel-css.js';
import { referralCss } from './styles/referral-css.js';
import { applyTheme } from './theme/apply-theme.js';
import type { MountedPrompt, PanelCallbacks, PanelRequest } from './types.js';

/**
 * Renders the inline referral panel into `element`'s open shadow root (created if needed),
 * e.g. a `<grapevine-referral>` element the runtime defines. It sits in the page's flow: no
 * backdrop, no focus handling, nothing appended elsewhere.
 * @example const panel = mountPanel(document.querySelector('grapevine-referral'), request, callbacks)
 */
export function mountPanel(
  element: HTMLElement,
  request: PanelRequest,
  callbacks: PanelCallbacks,
): MountedPrompt {
  const view = element.ownerDocument.defaultView ?? window;
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  adoptStyles(shadow, panelBaseCss + referralCss + panelCss, request.nonce);
  const calls = guardCallbacks(callbacks);
  const i18n = createTranslator(request.locale, request.messages ?? {});
  const model = createPanelModel(request.data);
  const copy = createCopyModel(calls.onCopy);
  const channels = usableChannels(request.channels, readShareEnvironment(view));
  const stop = effect(() =>
    render(
      <div
        class="root"
        part="root"
        data-scheme={resolveScheme(request.theme?.scheme, view)}
        dir={request.dir === 'rtl' ? 'rtl' : 'ltr'}
        lang={i18n.locale}
      >
        <ReferralPanel
          model={model}
          copy={copy}
          i18n={i18n}
          brand={typeof request.brandName === 'string' ? request.brandName.trim() : ''}
          offer={request.offer}
          channels={channels}
          signInUrl={request.signInUrl}
          onShare={calls.onShare}
          nativeShare={(data) => view.navigator.share(data)}
        />
      </div>,
      shadow,
    ),
  );
  const root = shadow.querySelector<HTMLElement>('.root');
  if (root) applyTheme(element, root, request.theme ?? {});
  return {
    destroy() {
      stop();
      model.dispose();
      copy.dispose();
      render(null, shadow);
    },
  };
}
