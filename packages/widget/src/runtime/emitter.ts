// Events for the host page: `on()` callbacks, `grapevine:*` CustomEvents on window and an
// optional `dataLayer` push (Google Tag Manager). A host callback that throws is reported
// on the console and never stops the others or Grapevine itself.

export interface Emitter<Events extends object> {
  on<Name extends keyof Events & string>(
    name: Name,
    listener: (detail: Events[Name]) => void,
  ): void;
  off<Name extends keyof Events & string>(
    name: Name,
    listener: (detail: Events[Name]) => void,
  ): void;
  emit<Name extends keyof Events & string>(name: Name, detail: Events[Name]): void;
  clear(): void;
}

export interface EmitterOptions {
  /** Where `grapevine:*` CustomEvents are dispatched; `undefined` on a server. */
  target: Window | undefined;
  /** Push `{ event: 'grapevine:<name>', ...detail }` to `window.dataLayer`. */
  dataLayer: boolean;
  /** Reports a throwing listener. */
  report(message: string, error: unknown): void;
}

type Listener = (detail: never) => void;

/**
 * @example
 * ```ts
 * const events = createEmitter<{ shown: { campaignId: string } }>({ target: window, dataLayer: false, report });
 * events.on('shown', ({ campaignId }) => analytics.track('prompt', campaignId));
 * ```
 */
export function createEmitter<Events extends object>(options: EmitterOptions): Emitter<Events> {
  const listeners = new Map<string, Set<Listener>>();
  return {
    on(name, listener) {
      const set = listeners.get(name) ?? new Set<Listener>();
      listeners.set(name, set);
      set.add(listener as Listener);
    },
    off(name, listener) {
      listeners.get(name)?.delete(listener as Listener);
    },
    emit(name, detail) {
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          (listener as (value: typeof detail) => void)(detail);
        } catch (error) {
          options.report(`Grapevine: an on('${name}') listener threw`, error);
        }
      }
      const target = options.target;
      if (!target) return;
      try {
        target.dispatchEvent(new CustomEvent(`grapevine:${name}`, { detail }));
        if (options.dataLayer) {
          const host = target as { dataLayer?: unknown[] };
          host.dataLayer ??= [];
          host.dataLayer.push({ event: `grapevine:${name}`, ...detail });
        }
      } catch (error) {
        options.report(`Grapevine: a grapevine:${name} handler threw`, error);
      }
    },
    clear() {
      listeners.clear();
    },
  };
}
