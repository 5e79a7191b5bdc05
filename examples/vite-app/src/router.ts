// A tiny client-side router: links marked `data-link` and the back button change the view
// with `history.pushState`, never a page load. Grapevine notices the navigation by itself.

/** A route: its path and how it renders into the main element. */
export interface Route {
  path: string;
  title: string;
  render(main: HTMLElement): void;
}

/**
 * Starts routing; `onChange` runs after each view is shown. Returns a function that navigates
 * in code (e.g. after a purchase).
 */
export function startRouter(
  routes: readonly Route[],
  main: HTMLElement,
  onChange: () => void = () => {},
): (path: string) => void {
  const show = () => {
    const route = routes.find((candidate) => candidate.path === location.pathname) ?? routes[0];
    if (!route) return;
    document.title = `${route.title} — Brewlog`;
    main.replaceChildren();
    route.render(main);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a[data-link]')) {
      if (link.pathname === route.path) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    onChange();
  };
  const navigate = (path: string) => {
    if (path !== location.pathname) history.pushState(null, '', path);
    show();
    main.focus();
  };
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-link]') : null;
    if (!(link instanceof HTMLAnchorElement) || event.metaKey || event.ctrlKey) return;
    event.preventDefault();
    navigate(link.pathname);
  });
  window.addEventListener('popstate', show);
  show();
  return navigate;
}
