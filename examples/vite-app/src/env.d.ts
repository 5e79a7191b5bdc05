import type { Config } from '@grapevine/core';

declare global {
  /** The campaigns, parsed when the app was built (see `vite.config.ts`). */
  const __GRAPEVINE_CONFIG__: Config;
}
