// The React recipe (docs/recipes/react.ts) with the real React 19: a headless NPS prompt that
// renders from `useSyncExternalStore`, says when it rendered, answers and comments.
import { act, createElement as h, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGrapevine } from '../../docs/recipes/react.js';
import type { Grapevine } from '../../src/runtime/handle.js';
import { headlessApp } from './headless-app.js';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

function NpsPrompt({ grapevine }: { grapevine: Grapevine }) {
  const { prompt, step } = useGrapevine(grapevine);
  const comment = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (prompt) grapevine.rendered();
  }, [grapevine, prompt]);
  if (prompt?.kind !== 'nps') return null;
  if (step === 'answered') {
    return h(
      'div',
      null,
      h('textarea', { ref: comment, 'aria-label': prompt.messages.followDetractor }),
      h(
        'button',
        { type: 'button', onClick: () => grapevine.comment(comment.current?.value ?? '') },
        prompt.messages.send,
      ),
    );
  }
  if (step === 'commented') return h('p', null, prompt.messages.thanksTitle);
  return h(
    'div',
    { role: 'radiogroup', 'aria-label': prompt.messages.npsQuestionNoBrand },
    Array.from({ length: 11 }, (_, score) =>
      h('button', { key: score, type: 'button', onClick: () => grapevine.answer(score) }, score),
    ),
  );
}

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  document.body.innerHTML = '<div id="app"></div>';
});
afterEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = undefined;
});

describe('React recipe: useGrapevine over useSyncExternalStore', () => {
  it('renders the prompt opened before the component mounted, and stores one answer with its comment', async () => {
    const { grapevine, backend } = headlessApp('da');
    // The npm entry loads its rules with import(): wait for them, as a slow CI machine must.
    await grapevine.ready();
    grapevine.show('nps');
    await vi.waitFor(() => expect(grapevine.getSnapshot().prompt).not.toBeNull());
    const root = createRoot(document.getElementById('app') as HTMLElement);
    await act(async () => root.render(h(NpsPrompt, { grapevine })));
    const group = document.querySelector('[role="radiogroup"]');
    expect(group?.getAttribute('aria-label')).toBe(
      'Hvor sandsynligt er det, at du vil anbefale os til en ven eller kollega?',
    );
    expect(grapevine.getSnapshot().step).toBe('shown');
    await act(async () => (document.querySelectorAll('button')[4] as HTMLButtonElement).click());
    const textarea = document.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = 'Pakken kom for sent';
    await act(async () => (document.querySelector('button') as HTMLButtonElement).click());
    expect(document.body.textContent).toBe('Tak!');
    await act(async () => grapevine.close());
    expect(document.body.textContent).toBe('');
    await vi.waitFor(() =>
      expect(backend.inspect().answers).toEqual([
        expect.objectContaining({ score: 4, segment: 'detractor', comment: 'Pakken kom for sent' }),
      ]),
    );
    expect(backend.inspect().events.filter((event) => event.type === 'impression')).toHaveLength(1);
    await act(async () => root.unmount());
    grapevine.destroy();
  });
});
