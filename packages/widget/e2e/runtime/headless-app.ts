// The app of headless.spec.ts: only the headless API (`ui: false`). It renders the NPS prompt
// from `show` with the copy it carries (Danish), says when it rendered, answers and comments,
// and adds `<grapevine-referral>` after start when asked (a modal, no URL change).
import type { Backend } from '@grapevine/core';
import { createGrapevine } from '@grapevine/widget';

const post = async (path: string, body: unknown): Promise<unknown> =>
  (
    await fetch(`/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  ).json();

// The app's own backend over the spec server's contract.
const backend: Backend = {
  referral: (advocate) => post('/v1/referrals', { advocate }) as never,
  offer: async () => null,
  claim: async () => {
    throw new Error('no friend offers here');
  },
  stats: async () => (await fetch('/api/v1/advocates/me/stats')).json(),
  send: (events) => post('/v1/events', { events }) as never,
};

const headless = new URLSearchParams(location.search).get('ui') !== 'panel';
const grapevine = createGrapevine({
  backend,
  ui: !headless,
  locale: 'da',
  config: {
    campaigns: [{ id: 'nps', kind: 'nps', triggers: [{ type: 'manual' }] }],
  },
});
grapevine.identify({ id: 'c-1', email: 'anna@example.com' });
Object.assign(window, { app: grapevine });

const root = document.getElementById('prompt') as HTMLElement;
grapevine.on('show', (prompt) => {
  const question = document.createElement('p');
  question.textContent = prompt.messages.npsQuestionNoBrand ?? '';
  const scores = document.createElement('div');
  scores.setAttribute('role', 'radiogroup');
  scores.setAttribute('aria-label', question.textContent);
  for (let score = 0; score <= 10; score += 1) {
    const button = document.createElement('button');
    button.textContent = String(score);
    button.addEventListener('click', () => grapevine.answer(score));
    scores.append(button);
  }
  const comment = document.createElement('textarea');
  comment.setAttribute('aria-label', prompt.messages.followDetractor ?? '');
  const send = document.createElement('button');
  send.textContent = prompt.messages.send ?? '';
  send.addEventListener('click', () => {
    grapevine.comment(comment.value);
    grapevine.close();
  });
  root.replaceChildren(question, scores, comment, send);
  requestAnimationFrame(() => grapevine.rendered());
});
grapevine.subscribe(() => {
  root.dataset.step = grapevine.getSnapshot().step ?? 'none';
});
document.getElementById('open-modal')?.addEventListener('click', () => {
  const modal = document.createElement('div');
  modal.setAttribute('role', 'dialog');
  modal.append(document.createElement('grapevine-referral'));
  document.body.append(modal);
});
document.getElementById('close-modal')?.addEventListener('click', () => {
  document.querySelector('[role="dialog"]')?.remove();
});
