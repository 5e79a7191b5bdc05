// Vitest globalSetup of the `faults` project: builds the migrated PGlite template once, before
// any test file runs, so `pgliteDatabase()` can stay synchronous and start servers fast.
import { preparePgliteTemplate } from './databases.js';

export default async function setup(): Promise<void> {
  await preparePgliteTemplate();
}
