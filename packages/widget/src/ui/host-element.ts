// The one element a prompt adds to the page. Its critical styles are inline and
// `!important`: an inline important declaration beats any `!important` rule in the host's
// stylesheets, so global resets cannot hide or move it. The tag is neutral so ad-blockers'
// cosmetic filters (which match names like "popup", "modal", "banner") leave it alone.

/** The custom element name of the prompt host. */
export const HOST_TAG = 'grapevine-prompt';

// Set through the CSSOM (not a style attribute, which a strict CSP would block).
const HOST_STYLES =
  'display:block;position:fixed;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;' +
  'overflow:visible;visibility:visible;opacity:1;transform:none;filter:none;clip-path:none;' +
  'contain:none;pointer-events:auto;z-index:';

/**
 * Creates the host element with an open shadow root and appends it to `document.body`.
 * @example const { host, shadow } = createHost(document, 2147483000)
 */
export function createHost(
  doc: Document,
  zIndex: number,
): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(HOST_TAG);
  const safeZ = Number.isFinite(zIndex) ? Math.round(zIndex) : 2147483000;
  host.style.cssText = `${HOST_STYLES + safeZ};`.replace(/;/g, '!important;');
  const shadow = host.attachShadow({ mode: 'open' });
  doc.body.append(host);
  return { host, shadow };
}
