// The chunks a prompt or a `<grapevine-referral>` panel needs, loaded once and only when
// needed: the presenter (prompt lifecycle, outcome recording), the panels and the UI of each
// kind shown. A failed load is retried on the next need.
import { whenIdle } from './environment.js';
import type { Presenter, PresenterDeps } from './presenter.js';
import type { PanelHost } from './referral-panels.js';
import type { RuntimeDeps } from './runtime-deps.js';
import type { LoadUi, UiKind, UiModules } from './ui-kinds.js';

export type { LoadUi } from './ui-kinds.js';
export { purchaseKinds } from './ui-kinds.js';

export interface LazyChunks {
  loadUi: LoadUi;
  /** The presenter; `kind`, the prompt about to show (its UI may carry the presenter). */
  loadPresenter(kind?: UiKind): Promise<Presenter>;
  /** The presenter, once loaded. */
  readonly presenter: Presenter | undefined;
  /** Defines `<grapevine-referral>` and mounts the panels (UI and presenter chunks). */
  loadPanels(): Promise<PanelHost>;
  /** The panels, once loaded. */
  readonly panels: PanelHost | undefined;
  /**
   * Warms the presenter and the UI of `kinds` while the browser is idle (a purchase came, a
   * prompt is scheduled). Each once per page.
   */
  prefetch(...kinds: (UiKind | undefined)[]): void;
}

export function lazyChunks(options: {
  win: Window;
  ui: boolean;
  loadUi: LoadUi;
  loadPresenter: RuntimeDeps['loadPresenter'];
  loadPanels: RuntimeDeps['loadPanels'];
  presenterDeps(loadUi: LoadUi): PresenterDeps;
}): LazyChunks {
  const uiLoading = new Map<UiKind, Promise<unknown>>();
  let presenter: Presenter | undefined;
  let panels: PanelHost | undefined;
  const prefetched = new Set<UiKind | 'presenter'>();

  const loadUi: LoadUi = (kind) => {
    let loading = uiLoading.get(kind);
    if (!loading) {
      loading = options.loadUi(kind).catch((error: unknown) => {
        uiLoading.delete(kind);
        throw error;
      });
      uiLoading.set(kind, loading);
    }
    // Stored under its own kind: it is that kind's module.
    return loading as Promise<UiModules[typeof kind]>;
  };
  const loadPresenter = async (kind?: UiKind): Promise<Presenter> => {
    const { createPresenter } = await options.loadPresenter(options.ui ? kind : undefined);
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
      const [{ createPanels }] = await Promise.all([options.loadPanels(), loadUi('panel')]);
      panels ??= createPanels(options.presenterDeps(loadUi));
      return panels;
    },
    get panels() {
      return panels;
    },
    prefetch(...kinds) {
      const wanted = ['presenter', ...(options.ui ? kinds : [])] as const;
      const fresh = [...new Set(wanted)].filter(
        (name): name is UiKind | 'presenter' => name !== undefined && !prefetched.has(name),
      );
      if (fresh.length === 0) return;
      for (const name of fresh) prefetched.add(name);
      whenIdle(options.win, () => {
        for (const name of fresh) {
          // The presenter from the first kind's UI where that carries it (the script tag).
          (name === 'presenter' ? loadPresenter(kinds.find(Boolean)) : loadUi(name)).catch(
            () => {},
          );
        }
      });
    },
  };
}
