// Arms only the sensors the config's triggers need. Time on page, idle, session start and
// page-view counts are computed by core from the context (idle from the last input time),
// so they need no sensor timer of their own. The sensors themselves load with `import()`
// (src/sensors/watch-triggers.ts), and only when some campaign has a trigger that needs one:
// most configs wait for a purchase or a page view, and their pages download no sensor.
import type { Config, Signal, TriggerType } from '@grapevine/core';

type SignalInput = Pick<Signal, 'type'> & Partial<Pick<Signal, 'name' | 'props'>>;

/** The trigger types a sensor reports (`idle` needs the last input time). */
const SENSED: ReadonlySet<TriggerType> = new Set<TriggerType>([
  'idle',
  'scroll-depth',
  'exit-intent',
  'element-visible',
]);

/**
 * Arms the page's sensors once their chunk has loaded (a failed load is reported; the next
 * arming, on SPA navigation, asks for it again); returns the function that disarms them, or
 * stops the arming.
 */
export function armSensors(
  win: Window,
  config: Config,
  onSignal: (signal: SignalInput) => void,
  onActivity: () => void,
  report: (message: string, error: unknown) => void,
): () => void {
  const sensed = config.campaigns.some((campaign) =>
    campaign.triggers.some((trigger) => SENSED.has(trigger.type)),
  );
  if (!sensed) return () => {};
  let stop: (() => void) | undefined;
  let disarmed = false;
  import('../sensors/watch-triggers.js').then(
    ({ watchTriggers }) => {
      if (!disarmed) stop = watchTriggers(win, config, onSignal, onActivity);
    },
    (error: unknown) => report('Grapevine: the sensors could not load', error),
  );
  return () => {
    disarmed = true;
    stop?.();
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
