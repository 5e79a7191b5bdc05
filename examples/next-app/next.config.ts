// Grapevine in a Next.js (App Router) shop. The workspace packages resolve like published ones
// (their `dist`), so this build is what an app that installed them from npm ships.
import type { NextConfig } from 'next';

const config: NextConfig = {
  // The example pins nothing to a platform: a plain Node server (`next start`).
  poweredByHeader: false,
};

export default config;
