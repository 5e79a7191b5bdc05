// The chunks a prompt or a `<grapevine-referral>` panel needs, loaded once and only when
// needed: the presenter (prompt lifecycle, outcome recording), the panels and the UI. A failed
// load is retried on the next need.
import { whenIdle } from './environment.js';
import type { Presenter, PresenterDeps, UiModule } from './presenter.js';
import type { PanelHost } from './referral-panels.js';

export interface LazyChunks {
  loadUi(): Promise<UiModule>;
  loadPresenter(): Promise<Presenter>;
  /** The presenter, once loaded. */
  readonly presenter: Presenter | undefined;
  /** Defines `<grapevine-referral>` and mounts the panels (UI and presenter chunks). */
  loadPanels(): Promise<PanelHost>;
  /** The panels, once loaded. */
  readonly panels: PanelHost | undefined;
  /** Warms both chunks while the browser is idle (a trigger is armed). Once per page. */
  prefetch(): void;
}

export function lazyChunks(options: {
  win: Window;
  ui: boolean;
  loadUi(): Promise<UiModule>;
  loadPresenter(): Promise<typeof import('./presenter.js')>;
  loadPanels(): Promise<typeof import('./referral-panels.js')>;
  presenterDeps(loadUi: () => Promise<UiModule>): PresenterDeps;
}): LazyChunks {
  let uiLoading: Promise<UiModule> | undefined;
  let presenter: Presenter | undefined;
  let panels: PanelHost | undefined;
  let prefetched = false;

  const loadUi = (): Promise<UiModule> => {
    uiLoading ??= options.loadUi().catch((error: unknown) => {
      uiLoading = undefined;
      throw error;
    });
    return uiLoading;
  };
  const loadPresenter = async (): Promise<Presenter> => {
    const { createPresenter } = await options.loadPresenter();
    presenter ??= createPresenter(options.presenterDeps(loadUi));
    return presenter;
  };

  return {
    loadUi,
    loadPresenter,
    get presenter() {
      return presenter;
    },
    async loadPanels() {
      const [{ createPanels }] = await Promise.all([options.loadPanels(), loadUi()]);
      panels ??= createPanels(options.presenterDeps(loadUi));
      return panels;
    },
    get panels() {
      return panels;
    },
    prefetch() {
      if (prefetched) return;
      prefetched = true;
      whenIdle(options.win, () => {
        loadPresenter().catch(() => {});
        if (options.ui) loadUi().catch(() => {});
      });
    },
  };
}
