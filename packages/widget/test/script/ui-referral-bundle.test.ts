// The referral prompt's script-tag bundle is built with only the English the referral prompt
// shows (src/i18n/bundle-english.ts). This builds it as `--mode ui-referral` does (in memory)
// and renders it beside the source UI, which has all of English: the same requests must show
// the same text and labels, so no message the prompt shows is left empty in the bundle.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PromptUi } from '../../src/runtime/ui-kinds.js';
import * as source from '../../src/ui/entries/referral.js';
import type { PromptRequest } from '../../src/ui/types.js';
import { callbacks, referral, request, settle, shadow } from '../ui/fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
let folder = '';
let built: PromptUi;

beforeAll(async () => {
  const result = await build({
    configFile: join(root, 'vite.script.config.ts'),
    root,
    mode: 'ui-referral',
    logLevel: 'silent',
    build: { write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  // Inside the package (ignored by git), where the test runner imports files from.
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  folder = mkdtempSync(join(cache, 'grapevine-ui-referral-'));
  for (const item of outputs.flatMap((output) => output.output)) {
    if (item.type === 'chunk') writeFileSync(join(folder, item.fileName), item.code);
  }
  built = await import(/* @vite-ignore */ join(folder, 'grapevine-ui-referral.js'));
}, 60_000);

afterAll(() => {
  document.body.replaceChildren();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** What a prompt shows a shopper and a screen reader: its text and its labels. */
async function shown(ui: PromptUi, prompt: PromptRequest): Promise<string[]> {
  const mounted = ui.mountPrompt(prompt, callbacks());
  await settle();
  const root = shadow();
  const labels = [...root.querySelectorAll('*')].flatMap((element) =>
    ['aria-label', 'title', 'placeholder', 'alt']
      .map((name) => element.getAttribute(name))
      .filter((value): value is string => value !== null),
  );
  const text = (root.textContent ?? '').replace(/\s+/g, ' ').trim();
  mounted.destroy();
  document.body.replaceChildren();
  return [text, ...labels];
}

/** A referral prompt request; `without` names the fields left out. */
function referralPrompt(
  overrides: Partial<PromptRequest> = {},
  without: readonly (keyof PromptRequest)[] = [],
): PromptRequest {
  const prompt = request({
    kind: 'referral',
    campaignId: 'refer',
    referral,
    offer: referral.offer,
    channels: ['whatsapp', 'email', 'sms', 'x', 'facebook'],
    ...overrides,
  });
  for (const field of without) delete prompt[field];
  return prompt;
}

describe('the referral UI bundle as built', () => {
  // Each case builds its request afresh: a pending or failed link is a promise per mount.
  it.each<[string, () => PromptRequest]>([
    ['with an offer and a brand', () => referralPrompt()],
    ['without a brand', () => referralPrompt({}, ['brandName'])],
    [
      'without an offer, while the link loads',
      () => referralPrompt({ referral: new Promise(() => undefined) }, ['offer']),
    ],
    ['while the link loads', () => referralPrompt({ referral: new Promise(() => undefined) })],
    [
      'when the link fails',
      () => referralPrompt({ referral: Promise.reject(new Error('offline')) }),
    ],
  ])('shows what the source UI shows, %s', async (_case, prompt) => {
    const fromSource = await shown(source, prompt());
    expect(fromSource[0]?.length).toBeGreaterThan(20);
    expect(await shown(built, prompt())).toEqual(fromSource);
  });

  it('leaves out the NPS steps: the source UI has their English, the bundle does not', async () => {
    const { en } = await import('../../src/i18n/en.js');
    const code = readFileSync(join(folder, 'grapevine-ui-referral.js'), 'utf8');
    expect(code).toContain(en.referralTitleNoOffer);
    expect(code).not.toContain(en.npsLow);
    expect(code).not.toContain(en.followHint);
  });
});
