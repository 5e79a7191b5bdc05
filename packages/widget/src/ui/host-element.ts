// The one element a prompt adds to the page. Its critical styles are inline and
// `!important`: an inline important declaration beats any `!important` rule in the host's
// stylesheets and any animation, so global resets and `body > *` rules cannot hide, skip or
// zoom it. The prompt itself is on the top layer (stage-frame.ts), out of the host's
// containing block; where the engine has no top layer, the fixed frame stays inside the
// host, which must then create no containing block (transform, will-change, perspective,
// filters, containment) and sits at the request's z-index. The tag is neutral so ad-blockers'
// cosmetic filters (which match names like "popup", "modal", "banner") leave it alone.

/** The custom element name of the prompt host. */
export const HOST_TAG = 'grapevine-prompt';

// Set through the CSSOM (not a style attribute, which a strict CSP would block).
const HOST_STYLES =
  'display:block;position:fixed;inset:0;width:0;height:0;padding:0;border:0;opacity:1;' +
  'transform:none;translate:none;rotate:none;scale:none;perspective:none;will-change:auto;' +
  'filter:none;backdrop-filter:none;clip-path:none;contain:none;container-type:normal;' +
  'content-visibility:visible;zoom:1;z-index:';

/**
 * Creates the host element with an open shadow root and appends it to `document.body`.
 * `zIndex` only matters where the engine has no top layer.
 * @example const { host, shadow } = createHost(document, 2147483000)
 */
export function createHost(
  doc: Document,
  zIndex: number,
): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(HOST_TAG);
  // An inherited visibility, pointer-events or font stops at the shadow root's `all:initial`.
  host.style.cssText = `${HOST_STYLES + zIndex};`.replace(/;/g, '!important;');
  const shadow = host.attachShadow({ mode: 'open' });
  doc.body.append(host);
  return { host, shadow };
}
