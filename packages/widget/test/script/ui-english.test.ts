// @vitest-environment node
// The script-tag build's UI passes: the English each bundle is built with is what
// src/i18n/bundle-english.ts gives its kind (whose completeness test/i18n/bundle-english.test.ts
// checks against the kind's components).
import type { Plugin, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { bundleEnglish } from '../../src/i18n/bundle-english.js';
import scriptConfig from '../../vite.script.config.js';

const PLUGIN = 'grapevine-messages-for-kind';

/** The English-selecting plugin of one `--mode ui-<kind>` pass. */
function messagesPlugin(kind: string): Plugin {
  const config = (scriptConfig as (env: { mode: string; command: 'build' }) => UserConfig)({
    mode: `ui-${kind}`,
    command: 'build',
  });
  const plugin = (config.plugins ?? []).flat().find((p) => p && 'name' in p && p.name === PLUGIN);
  if (!plugin || typeof plugin !== 'object' || !('load' in plugin)) throw new Error('no plugin');
  return plugin as Plugin;
}

/** What the plugin serves for src/i18n/en.ts, parsed back. */
function builtEnglish(kind: string): unknown {
  const load = messagesPlugin(kind).load as (id: string) => string | null;
  const code = load('/repo/packages/widget/src/i18n/en.ts') ?? '';
  const json = /^export const en = (.*);$/s.exec(code)?.[1];
  if (json === undefined) throw new Error(`unexpected en.ts for ${kind}: ${code.slice(0, 40)}`);
  return JSON.parse(json);
}

describe('the UI passes', () => {
  it.each(['nps', 'referral', 'friend-offer', 'panel'])(
    '%s: built with the English bundleEnglish gives its kind, in order',
    (kind) => {
      expect(Object.entries(builtEnglish(kind) as object)).toEqual(
        Object.entries(bundleEnglish(kind)),
      );
    },
  );

  it('the referral pass leaves out the NPS steps, the NPS pass keeps them', () => {
    const referral = builtEnglish('referral') as Record<string, string>;
    const nps = builtEnglish('nps') as Record<string, string>;
    expect(referral.npsQuestion).toBeUndefined();
    expect(nps.npsQuestion).toBe(
      'How likely are you to recommend {brand} to a friend or colleague?',
    );
    expect(referral.referralTitle).toBe(nps.referralTitle);
  });

  it('leaves other files alone', () => {
    const load = messagesPlugin('referral').load as (id: string) => string | null;
    expect(load('/repo/packages/widget/src/i18n/translate.ts')).toBeNull();
  });
});
