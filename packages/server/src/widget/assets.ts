// The widget's script-tag files (`grapevine.js` and the chunks it imports next to its own URL),
// read once at start and served from this server's origin. The loader finds its chunks by
// stable names, so the content hash goes into the folder instead: `/widget/<version>-<hash>/`
// changes whenever any file changes, which makes every file under it immutable.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GrapevineServerError } from '../errors.js';

/** One script-tag file and its Subresource Integrity hash. */
export interface WidgetFile {
  name: string;
  body: Uint8Array;
  /** `sha384-…` of `body`, for the `integrity` attribute. */
  integrity: string;
}

/** The widget files of one build, under one versioned path. */
export interface WidgetAssets {
  /** `@grapevine/widget`'s version and a hash of every file: `0.1.0-3f9c0a1b2d4e`. */
  build: string;
  /** The folder they are served from: `/widget/<build>/`. */
  basePath: string;
  /** The loader, `grapevine.js`: the one file a page includes. */
  loader: WidgetFile;
  files: ReadonlyMap<string, WidgetFile>;
}

/** The widget's files are missing or unreadable (`@grapevine/widget` not built). */
export class WidgetAssetsError extends GrapevineServerError {
  override readonly name = 'WidgetAssetsError' as const;
}

/** Whether a value is a {@link WidgetAssetsError}. */
export function isWidgetAssetsError(value: unknown): value is WidgetAssetsError {
  return value instanceof WidgetAssetsError;
}

/** The script tag's files: the loader and `grapevine-<chunk>.js`; not the ESM build's files. */
const SCRIPT_FILE = /^grapevine(?:-[\w-]+)?\.js$/;
const LOADER = 'grapevine.js';

/** Where the installed `@grapevine/widget` keeps its built files. */
export function widgetDistDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@grapevine/widget/package.json')), 'dist');
}

/**
 * Reads the script-tag files from `dir` (default: the installed `@grapevine/widget`).
 * @throws WidgetAssetsError when the folder or the loader is missing.
 * @example const assets = loadWidgetAssets(); assets.basePath // '/widget/0.1.0-3f9c0a1b2d4e/'
 */
export function loadWidgetAssets(dir: string = widgetDistDir(), version?: string): WidgetAssets {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => SCRIPT_FILE.test(name));
  } catch (error) {
    throw new WidgetAssetsError(
      `The widget's files are not in ${dir} (${(error as Error).message}); build @grapevine/widget`,
    );
  }
  if (!names.includes(LOADER)) {
    throw new WidgetAssetsError(`${join(dir, LOADER)} is missing; build @grapevine/widget`);
  }
  const files = new Map<string, WidgetFile>();
  const whole = createHash('sha256');
  for (const name of names.sort()) {
    const body = readFileSync(join(dir, name));
    whole.update(`${name}\0${createHash('sha256').update(body).digest('hex')}\n`);
    files.set(name, {
      name,
      body,
      integrity: `sha384-${createHash('sha384').update(body).digest('base64')}`,
    });
  }
  const build = `${(version ?? widgetVersion(dir)).replace(/[^\w.-]/g, '-')}-${whole.digest('hex').slice(0, 12)}`;
  const loader = files.get(LOADER) as WidgetFile;
  return { build, basePath: `/widget/${build}/`, loader, files };
}

function widgetVersion(dir: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8'));
    return typeof manifest.version === 'string' ? manifest.version : '0';
  } catch {
    return '0';
  }
}
