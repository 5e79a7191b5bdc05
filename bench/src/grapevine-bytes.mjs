// Grapevine's rows of the bytes table.
import { totalSizes } from './bytes.mjs';
import { kB } from './format.mjs';
import { grapevineLoaderFile } from './variants/grapevine.mjs';

/**
 * Grapevine's bytes are what the browser actually fetched in the runtime run: "no prompt" is
 * everything before the trigger (the loader and any chunk it loads eagerly, as on any page
 * carrying the snippet), "with prompt" adds what the trigger loaded. No chunk name is
 * guessed here. `assets` maps served paths (without /assets/) to files.
 */
export function grapevineBytes({ results, assets, notBuilt }) {
  if (notBuilt)
    return [{ id: 'grapevine', label: 'Grapevine (script tag)', unavailable: notBuilt }];
  const fetched = (variantId, when) => {
    const run = results.find((result) => result.variant === variantId);
    if (!run) return null;
    const paths =
      when === 'load' ? run.scriptsAtLoad : [...run.scriptsAtLoad, ...run.scriptsAfterTrigger];
    return [...new Set(paths)]
      .map((path) => assets[path.replace(/^\/assets\//, '')])
      .filter(Boolean);
  };
  const loaderAlone = totalSizes([grapevineLoaderFile]);
  const firstVisit = (what) =>
    `a first visit: every script the browser fetched in the runtime run before the trigger (no prompt) and in all (with the ${what})`;
  return [
    ['grapevine', 'grapevine-nps', 'grapevine-nps', 'NPS prompt', firstVisit('NPS prompt')],
    [
      'grapevine-referral',
      'grapevine-referral',
      'grapevine-referral',
      'referral prompt',
      firstVisit('referral prompt'),
    ],
    [
      'grapevine-returning',
      'grapevine-returning',
      'grapevine-nps-returning',
      'NPS prompt, returning visitor',
      'a later page view of a visitor who has been on the shop before (config checked and stored, the rules verdict kept): no prompt = a page view without a trigger, with prompt = a purchase and the NPS prompt',
    ],
  ].map(([id, noPromptVariant, promptVariant, what, note]) => ({
    id,
    label: `Grapevine, ${what} (script tag)`,
    noPrompt: fetched(noPromptVariant, 'load'),
    withPrompt: fetched(promptVariant, 'all'),
    loaderAlone,
    note: `${note}; the loader \`grapevine.js\` alone is ${kB(loaderAlone.raw)} kB raw, ${kB(loaderAlone.brotli)} kB brotli`,
  }));
}
