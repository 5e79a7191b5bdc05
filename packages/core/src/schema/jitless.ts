// zod's configuration is one object for the whole page (`globalThis.__zod_globalConfig`),
// shared with the host app's own zod. Grapevine needs `jitless` (zod's JIT probes with
// `new Function`, which a strict CSP reports), but the host's choice must stay the host's:
// the setting holds only while our schemas are built and run, then the host's value returns.
// An object schema reads `jitless` when it is built, so ours, built inside, never probe,
// while the host's schemas keep the JIT if the host has it.
import * as z from 'zod/mini';

/** Runs `work` with zod in jitless mode, then puts the host's setting back exactly as it was. */
export function withJitless<T>(work: () => T): T {
  const config = z.config();
  const had = Object.hasOwn(config, 'jitless');
  const previous = config.jitless;
  config.jitless = true;
  try {
    return work();
  } finally {
    if (had) config.jitless = previous;
    else delete config.jitless;
  }
}
