// Arms only the sensors the config's triggers need. Time on page, idle, session start and
// page-view counts are computed by core from the context (idle from the last input time),
// so they need no sensor timer of their own.
import type { Config, Signal, TriggerType } from '@grapevine/core';
import { watchActivity } from '../sensors/activity.js';
import { watchElementVisible } from '../sensors/element-visible.js';
import { watchExitIntent } from '../sensors/exit-intent.js';
import { watchScrollDepth } from '../sensors/scroll-depth.js';

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

/** Whether any campaign has a trigger of this type. */
export function hasTrigger(config: Config, type: TriggerType): boolean {
  return collect(config, type, () => true).length > 0;
}

/** Arms the page's sensors; returns the function that disarms them. */
export function armSensors(
  win: Window,
  config: Config,
  onSignal: (signal: SignalInput) => void,
  onActivity: () => void,
): () => void {
  const stops: Array<() => void> = [];
  if (hasTrigger(config, 'idle')) stops.push(watchActivity(win, onActivity));
  const depths = collect(config, 'scroll-depth', (trigger: { percent: number }) => trigger.percent);
  if (depths.length > 0) {
    stops.push(
      watchScrollDepth(win, depths, (percent) =>
        onSignal({ type: 'scroll-depth', props: { percent } }),
      ),
    );
  }
  if (hasTrigger(config, 'exit-intent')) {
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

/** The longest `persistFor` of any trigger: how long signals must be kept. */
export function signalRetention(config: Config): number {
  let longest = 0;
  for (const campaign of config.campaigns) {
    for (const trigger of campaign.triggers) {
      const scope = trigger.scope;
      if (typeof scope === 'object') longest = Math.max(longest, scope.persistFor);
    }
  }
  return longest;
}
