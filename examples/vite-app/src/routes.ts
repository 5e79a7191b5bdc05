// The app's three views. Plain DOM; every string is set as text.
import type { GrapevineHandle } from '@grapevine/widget';
import type { Route } from './router.js';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') => {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
};

/** The signed-in user of the demo (an app would have its own session). */
export const user = { id: 'user-42', email: 'sam@example.com', name: 'Sam Rivera' };

export function routes(grapevine: GrapevineHandle): Route[] {
  return [
    {
      path: '/',
      title: 'Pricing',
      render(main) {
        const card = el('section', '', 'card');
        const start = el('button', 'Start the Pro plan');
        start.type = 'button';
        const status = el('p', '', 'status');
        status.setAttribute('role', 'status');
        start.addEventListener('click', () => {
          grapevine.identify(user);
          grapevine.track('purchase', {
            orderId: `pro-${Date.now().toString(36)}`,
            total: 12,
            currency: 'EUR',
          });
          start.disabled = true;
          status.textContent = 'Your Pro plan is active. Your account page has the details.';
        });
        card.append(el('h2', 'Pro'), el('p', '€12 a month. Unlimited brew logs.'), start, status);
        main.append(el('h1', 'Pricing'), card);
      },
    },
    {
      path: '/docs',
      title: 'Docs',
      render(main) {
        main.append(
          el('h1', 'Docs'),
          el('p', 'Log a brew with the bean, the grind and the time. That is all.'),
        );
      },
    },
    {
      path: '/account',
      title: 'Account',
      render(main) {
        main.append(el('h1', 'Account'), el('p', `Signed in as ${user.name}.`));
      },
    },
  ];
}
