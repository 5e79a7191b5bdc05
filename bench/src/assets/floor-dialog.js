// The benchmark's floor: the smallest honest NPS dialog written with Preact. A custom
// element with an open shadow root and an adopted stylesheet (the same isolation Grapevine
// uses), a labelled 0–10 radio group and a close button. Bundled by ../build-assets.mjs.
import { h, render } from 'preact';
import { useState } from 'preact/hooks';

const css = `
  .backdrop { position: fixed; inset: auto 16px 16px auto; z-index: 2147483000; }
  .card { font: 15px/1.4 system-ui, sans-serif; background: #fff; color: #1d1d1f; width: 360px;
    padding: 20px; border-radius: 12px; box-shadow: 0 8px 32px rgb(0 0 0 / 20%); }
  .scores { display: flex; gap: 4px; margin-top: 12px; }
  .scores button { flex: 1; min-height: 44px; border: 1px solid #ccc; background: #fff; border-radius: 6px; }
  .scores button[aria-checked='true'] { background: #1d1d1f; color: #fff; }
  .close { float: right; border: 0; background: none; font-size: 20px; min-width: 44px; min-height: 44px; }
`;

function NpsDialog({ onClose }) {
  const [score, setScore] = useState(null);
  const scores = Array.from({ length: 11 }, (_, value) =>
    h(
      'button',
      {
        type: 'button',
        role: 'radio',
        'aria-checked': String(score === value),
        onClick: () => setScore(value),
      },
      String(value),
    ),
  );
  return h(
    'div',
    { class: 'backdrop' },
    h(
      'div',
      { class: 'card', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'title' },
      h('button', { class: 'close', type: 'button', 'aria-label': 'Close', onClick: onClose }, '×'),
      h('p', { id: 'title' }, 'How likely are you to recommend us to a friend or colleague?'),
      h('div', { class: 'scores', role: 'radiogroup', 'aria-labelledby': 'title' }, scores),
    ),
  );
}

class FloorDialogElement extends HTMLElement {}
customElements.define('bench-floor-dialog', FloorDialogElement);

window.benchFloorDialog = {
  open() {
    const host = document.createElement('bench-floor-dialog');
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    document.body.append(host);
    render(h(NpsDialog, { onClose: () => host.remove() }), root);
  },
};
