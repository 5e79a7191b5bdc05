// The one place that knows how Grapevine is installed on a page. Everything else in the
// bench treats it like any other variant. It uses the script-tag build the way the README
// tells site owners to: the inline queue stub, the async loader with data attributes, an
// inline JSON config, and `grapevine('purchase', order)` as the trigger.
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { benchOrder } from '../host-page.mjs';
import { scratchDir, widgetDist } from '../paths.mjs';

// The bench serves a snapshot of the build, taken once at the start, so a rebuild of the
// widget during a run (its build begins with `rm -rf dist`) cannot mix two builds.
const snapshotDir = join(scratchDir, 'grapevine');
const loaderFile = join(snapshotDir, 'grapevine.js');

const campaigns = {
  nps: {
    id: 'nps-after-purchase',
    kind: 'nps',
    npsKind: 'transactional',
    triggers: [{ type: 'purchase' }],
    frequency: { untilResponded: true },
  },
  referral: {
    id: 'refer-after-purchase',
    kind: 'referral',
    triggers: [{ type: 'purchase' }],
    offer: {
      friend: { kind: 'percent', value: 20 },
      advocate: { kind: 'percent', value: 20 },
    },
  },
};

// The stub queues calls made before the loader arrives: the same text as the widget's
// STUB (packages/widget/src/script/snippet.ts), which ships only as TypeScript source.
const stub =
  'window.grapevine=window.grapevine||function(){(window.grapevine.q=window.grapevine.q||[]).push(arguments)};';

// `preload`: script paths the page hints with <link rel="modulepreload">, so the trigger
// finds them fetched and compiled: the condition the "trigger → visible" target is stated
// for ("with the chunk prefetched").
function installSnippet(campaign, { preload = [] } = {}) {
  return (origin) => {
    const config = JSON.stringify({ campaigns: [campaign] });
    const hints = preload
      .map((path) => `<link rel="modulepreload" href="${origin}${path}">\n`)
      .join('');
    return `<script type="application/json" id="grapevine-config">${config}</script>
<script>${stub}</script>
${hints}<script async src="${origin}/assets/grapevine/grapevine.js" data-endpoint="${origin}/gv" data-site-key="bench" data-config="grapevine-config"></script>`;
  };
}

const trigger = `grapevine('purchase', ${JSON.stringify({ orderId: benchOrder.id, total: benchOrder.total, currency: benchOrder.currency })})`;

// The prompt renders in an open shadow root of one <grapevine-prompt> element.
const probe = `document.querySelector('grapevine-prompt')?.shadowRoot?.querySelector('[role=dialog]') ?? null`;

/** Why Grapevine cannot run, or null when its script-tag build is there. */
export function grapevineUnavailable() {
  return existsSync(join(widgetDist, 'grapevine.js'))
    ? null
    : 'not built: packages/widget/dist/grapevine.js is missing (run `pnpm --filter @grapevine/widget build`)';
}

/**
 * Snapshots the widget's built scripts and maps them under /assets/grapevine/, so lazy chunks
 * resolve next to the loader as they would on a CDN. Empty when the widget is not built.
 */
export function grapevineAssets() {
  if (grapevineUnavailable()) return {};
  rmSync(snapshotDir, { recursive: true, force: true });
  cpSync(widgetDist, snapshotDir, {
    recursive: true,
    filter: (source) => statSync(source).isDirectory() || /\.m?js$/.test(source),
  });
  const assets = {};
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else assets[`grapevine/${relative(snapshotDir, path)}`] = path;
    }
  };
  walk(snapshotDir);
  return assets;
}

/** The loader in the snapshot (valid after grapevineAssets()). */
export const grapevineLoaderFile = loaderFile;

export const grapevineNpsVariant = {
  id: 'grapevine-nps',
  label: 'Grapevine NPS',
  grapevine: true,
  body: installSnippet(campaigns.nps),
  trigger,
  probe,
};

/**
 * The NPS variant with every chunk the cold variant loaded after its trigger preloaded by
 * the page. The chunk list comes from a discovery run (see main.mjs), so chunk names are
 * never hard-coded here.
 */
export function grapevineNpsPreloadedVariant(chunkPaths) {
  return {
    id: 'grapevine-nps-preloaded',
    label: 'Grapevine NPS, chunks preloaded',
    grapevine: true,
    preloaded: chunkPaths,
    body: installSnippet(campaigns.nps, { preload: chunkPaths }),
    trigger,
    probe,
  };
}

export const grapevineReferralVariant = {
  id: 'grapevine-referral',
  label: 'Grapevine referral',
  grapevine: true,
  body: installSnippet(campaigns.referral),
  trigger,
  probe,
};

/**
 * A returning visitor on a page of the same shop, no trigger: the page view every shopper
 * makes most often. The first, unmeasured visit leaves the checked config and the rules'
 * verdict in storage, as any earlier visit would.
 */
export const grapevineReturningVariant = {
  id: 'grapevine-returning',
  label: 'Grapevine, returning visitor, no prompt',
  grapevine: true,
  returning: true,
  body: installSnippet(campaigns.nps),
};

/** A returning visitor who buys: the NPS prompt with the config already checked and stored. */
export const grapevineNpsReturningVariant = {
  id: 'grapevine-nps-returning',
  label: 'Grapevine NPS, returning visitor',
  grapevine: true,
  returning: true,
  body: installSnippet(campaigns.nps),
  trigger,
  probe,
};
