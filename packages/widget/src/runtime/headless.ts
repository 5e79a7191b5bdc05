// The handle's headless methods for the open prompt (`ui: false`, or a host driving the
// built-in UI's prompt): each argument is checked, the outcome goes through the same recorder
// as the built-in UI's callbacks (which also moves the prompt's step). And a headless prompt's
// copy.
import type { Claim, ShareChannel } from '@grapevine/core';
import type { KindMessages } from '../i18n/messages-for.js';
import type { PresenterDeps } from './presenter.js';
import type { PromptRef, Recorder } from './recorder.js';

/** The handle's methods for outcomes of the open prompt. */
export type HeadlessMethod =
  | 'answer'
  | 'comment'
  | 'rendered'
  | 'claim'
  | 'share'
  | 'copy'
  | 'dismiss'
  | 'snooze'
  | 'optOut';

const CHANNELS = 'native email sms whatsapp x facebook linkedin messenger line telegram'.split(' ');

/** The friend's email as the built-in form accepts it. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface HeadlessDeps {
  recorder: Recorder;
  /** Counts the prompt's impression (once). */
  rendered(prompt: PromptRef): void;
  /** Claims the friend offer of `prompt` (`undefined`: it has no captured code). */
  claim(prompt: PromptRef, email: string): Promise<Claim> | undefined;
  close(): void;
}

/**
 * Runs one headless method on the open prompt; bad arguments and a missing prompt are
 * reported by `fail`. Returns `claim`'s promise.
 */
export function runHeadless(
  deps: HeadlessDeps,
  prompt: PromptRef | undefined,
  method: HeadlessMethod,
  args: unknown[],
  fail: (message: string) => void,
): unknown {
  const [first, second] = args;
  // Checked here, not with core's `isNpsScore`: this chunk imports nothing it would share
  // with the presenter (the script tag's UI bundles carry the presenter and stand alone).
  if (
    method === 'answer' &&
    !(Number.isInteger(first) && (first as number) >= 0 && (first as number) <= 10)
  ) {
    return fail('Grapevine: answer() needs a whole number score from 0 to 10.');
  }
  if (method === 'comment' && typeof first !== 'string') {
    return fail('Grapevine: comment() needs the text as a string.');
  }
  if (method === 'share' && !CHANNELS.includes(first as string)) {
    return fail(`Grapevine: share(): unknown channel "${String(first)}".`);
  }
  if (method === 'claim' && (typeof first !== 'string' || !EMAIL.test(first.trim()))) {
    return fail('Grapevine: claim() needs the friend\'s email address, like "ana@example.com".');
  }
  if (!prompt) return fail(`Grapevine: ${method}() needs an open prompt; none is open.`);
  const { recorder } = deps;
  if (method === 'rendered') return deps.rendered(prompt);
  if (method === 'answer' || method === 'comment') {
    if (prompt.kind !== 'nps') return fail(`Grapevine: ${method}() needs an open NPS prompt.`);
    if (method === 'answer') {
      if (prompt.answerEventId) {
        return fail('Grapevine: answer(): this prompt is answered; add text with comment().');
      }
      recorder.answer(prompt, first as number);
    } else if (!prompt.answerEventId) {
      return fail('Grapevine: comment() comes after answer(score).');
    }
    const text = method === 'comment' ? first : second;
    if (typeof text === 'string') recorder.comment(prompt, text);
    return;
  }
  if (method === 'claim') {
    const claiming = prompt.kind === 'friend-offer' && deps.claim(prompt, (first as string).trim());
    return claiming || fail('Grapevine: claim() needs an open friend offer from a referral link.');
  }
  if (method === 'share' || method === 'copy') {
    return method === 'share'
      ? recorder.share(prompt, first as ShareChannel)
      : recorder.copy(prompt);
  }
  recorder[method](prompt);
  deps.close();
  return undefined;
}

/**
 * The messages of a headless prompt's kind in `locale` from the built-in catalogs (the
 * translated ones apart, to tell the language shown), or `undefined` without a loader (the
 * script tag). Imports nothing the presenter shares with other chunks.
 */
export async function headlessCopy(
  load: PresenterDeps['loadMessages'],
  locale: string,
  kind: string,
): Promise<KindMessages | undefined> {
  return (await load?.())?.messagesFor(locale, kind);
}
