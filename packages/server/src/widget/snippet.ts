import type { WidgetAssets } from './assets.js';

/** What the snippet names besides the files. */
export interface SnippetOptions {
  /** The server as browsers reach it, e.g. `https://grapevine.shop.example` (no trailing slash needed). */
  publicUrl: string;
  siteKey: string;
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The loader's absolute URL on this server. */
export function loaderUrl(assets: WidgetAssets, publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${assets.basePath}${assets.loader.name}`;
}

/**
 * The HTML a shop pastes into its pages: the command queue (`window.grapevine` collects calls
 * until the loader runs), then the loader from this server with its Subresource Integrity
 * hash (`crossorigin` makes the browser check it; the server answers with CORS). The chunks the loader imports sit under the same versioned path.
 * @example widgetSnippet(assets, { publicUrl: 'https://grapevine.shop.example', siteKey: 'my-shop' })
 */
export function widgetSnippet(assets: WidgetAssets, options: SnippetOptions): string {
  const endpoint = options.publicUrl.replace(/\/+$/, '');
  return [
    '<script>window.grapevine=window.grapevine||function(){(window.grapevine.q=window.grapevine.q||[]).push(arguments)};</script>',
    `<script async src="${escapeAttribute(loaderUrl(assets, endpoint))}"`,
    `  integrity="${assets.loader.integrity}" crossorigin="anonymous"`,
    `  data-endpoint="${escapeAttribute(endpoint)}" data-site-key="${escapeAttribute(options.siteKey)}"></script>`,
  ].join('\n');
}
