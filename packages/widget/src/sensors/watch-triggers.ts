// The sensors a config's triggers need, armed together. Loaded with `import()` by the runtime
// (src/runtime/sensors.ts) only when some campaign has such a trigger: a page view whose
// campaigns wait for a purchase or a page view downloads none of this.
import type { Config, Signal, TriggerType } from '@grapevine/core';
import { watchActivity } from './activity.js';
import { watchElementVisible } from './element-visible.js';
import { watchExitIntent } from './exit-intent.js';
import { watchScrollDepth } from './scroll-depth.js';

type SignalInput = Pick<Signal, 'type'> & Partial<Pick<Signal, 'name' | 'props'>>;

/** Trigger values of one type across all campaigns. */
function collect<T>(config: Config, type: TriggerType, value: (trigger: never) => T): T[] {
  const values: T[] = [];
  for (const campaign of config.campaigns) {
    for (const trigger of campaign.triggers) {
      if (trigger.type === type) values.push(value(trigger as never));
    }
  }
  return values;
}

/** Arms the sensors the config's triggers need; returns the function that disarms them. */
export function watchTriggers(
  win: Window,
  config: Config,
  onSignal: (signal: SignalInput) => void,
  onActivity: () => void,
): () => void {
  const stops: Array<() => void> = [];
  if (collect(config, 'idle', () => true).length > 0) stops.push(watchActivity(win, onActivity));
  const depths = collect(config, 'scroll-depth', (trigger: { percent: number }) => trigger.percent);
  if (depths.length > 0) {
    stops.push(
      watchScrollDepth(win, depths, (percent) =>
        onSignal({ type: 'scroll-depth', props: { percent } }),
      ),
    );
  }
  if (collect(config, 'exit-intent', () => true).length > 0) {
    stops.push(watchExitIntent(win, () => onSignal({ type: 'exit-intent' })));
  }
  const selectors = collect(
    config,
    'element-visible',
    (trigger: { selector: string }) => trigger.selector,
  );
  if (selectors.length > 0) {
    stops.push(
      watchElementVisible(win, [...new Set(selectors)], (name) =>
        onSignal({ type: 'element-visible', name }),
      ),
    );
  }
  return () => {
    for (const stop of stops) stop();
  };
}
