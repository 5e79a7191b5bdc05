// The shop serves a copy of the widget build taken when the worker starts, so a rebuild of
// packages/widget/dist during a run (another terminal, a watcher) cannot remove the script
// mid-journey or mix two builds on one page.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { widgetDist } from '../../../../scripts/demo-stack.mjs';

const ENTRIES = [
  'grapevine.js',
  'grapevine-ui-nps.js',
  'grapevine-adapter.js',
  'grapevine-schema.js',
];
const complete = () => ENTRIES.every((name) => existsSync(join(widgetDist, name)));

/** Copies the widget build (waiting for one that is complete) into a temporary directory. */
export async function snapshotWidget(): Promise<{ dir: string; remove(): void }> {
  await expect
    .poll(complete, { message: `a complete widget build in ${widgetDist}`, timeout: 60_000 })
    .toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'grapevine-widget-'));
  cpSync(widgetDist, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
