// Every journey file in one process, so they share one demo stack (a file run on its own
// starts its own). `GRAPEVINE_E2E_SPECS` (comma-separated file names without `.test.ts`)
// picks some of them. Run by scripts/firefox.mjs.
import { readdirSync } from 'node:fs';

const wanted = (process.env.GRAPEVINE_E2E_SPECS ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const specs = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.test.ts'))
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.test\.ts$/, '')))
  .sort();
if (specs.length === 0)
  throw new Error(`GRAPEVINE_E2E_SPECS matches no spec: ${wanted.join(', ')}`);
for (const spec of specs) await import(`./${spec}`);
