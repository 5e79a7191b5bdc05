import type { ServerConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import type { WidgetAssets } from '../widget/assets.js';
import { widgetSnippet } from '../widget/snippet.js';

/**
 * `grapevine-server snippet [siteKey]`: the install HTML of every site (or one), each under
 * an HTML comment naming it. Without `GRAPEVINE_PUBLIC_URL` the server's own address is used.
 */
export function snippetText(
  config: ServerConfig,
  assets: WidgetAssets,
  siteKey: string | undefined,
): string {
  const sites = siteKey ? config.sites.filter((site) => site.siteKey === siteKey) : config.sites;
  if (sites.length === 0) {
    throw new ConfigError([
      `snippet: no site "${siteKey}" (sites: ${config.sites.map((s) => s.siteKey).join(', ')})`,
    ]);
  }
  const host = ['0.0.0.0', '::', '[::]'].includes(config.host) ? 'localhost' : config.host;
  const publicUrl = config.publicUrl ?? `http://${host}:${config.port}`;
  return `${sites
    .map(
      (site) =>
        `<!-- Grapevine for ${site.siteKey} -->\n${widgetSnippet(assets, { publicUrl, siteKey: site.siteKey })}`,
    )
    .join('\n\n')}\n`;
}
