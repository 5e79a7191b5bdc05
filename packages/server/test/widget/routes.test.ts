import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { loadWidgetAssets, type WidgetAssets } from '../../src/widget/assets.js';
import { widgetSnippet } from '../../src/widget/snippet.js';
import { basicAuth } from '../admin/session.js';
import { testDatabase } from '../helpers/database.js';
import { type Harness, startHarness } from '../helpers/harness.js';

/** A built widget in miniature: the script-tag files and files that must not be served. */
const SCRIPT_FILES: Record<string, string> = {
  'grapevine.js': '(()=>{window.grapevineLoader=1})();\n',
  'grapevine-rules.js': 'export const rules = "é ünïcode";\n',
  'grapevine-shared-Ab1_x.js': 'export const shared = 2;\n'.repeat(200),
};
const OTHER_FILES: Record<string, string> = {
  'index.js': 'export * from "./esm-build.js";\n',
  'grapevine.js.map': '{"version":3}',
  'grapevine.d.ts': 'export {};\n',
  'secret.txt': 'do not serve',
};

const sha384 = (body: Buffer | string) =>
  `sha384-${createHash('sha384').update(body).digest('base64')}`;

/** A raw GET: the path is sent as written (fetch would normalise `..`), nothing decoded. */
function rawGet(
  url: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

let dir: string;
let db: Database;
let harness: Harness;
let assets: WidgetAssets;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'grapevine-widget-'));
  for (const [name, text] of Object.entries({ ...SCRIPT_FILES, ...OTHER_FILES })) {
    writeFileSync(join(dir, name), text);
  }
  mkdirSync(join(dir, 'ui'));
  writeFileSync(join(dir, 'ui', 'grapevine-nested.js'), 'nested');
  writeFileSync(join(dir, '..', 'outside-grapevine.js'), 'outside');
  assets = loadWidgetAssets(dir, '1.2.3');
  db = await testDatabase('pglite');
  harness = await startHarness(db, { widget: assets, publicUrl: 'https://grapevine.example' });
}, 120_000);

afterAll(async () => {
  await harness.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(dir, '..', 'outside-grapevine.js'), { force: true });
});

describe('widget files', () => {
  it('lists exactly the script-tag files under a path versioned by their content', () => {
    expect([...assets.files.keys()]).toEqual(Object.keys(SCRIPT_FILES).sort());
    expect(assets.build).toMatch(/^1\.2\.3-[0-9a-f]{12}$/);
    expect(assets.basePath).toBe(`/widget/${assets.build}/`);
    // One changed byte in any file gives another path.
    writeFileSync(join(dir, 'grapevine-rules.js'), `${SCRIPT_FILES['grapevine-rules.js']} `);
    const changed = loadWidgetAssets(dir, '1.2.3');
    writeFileSync(join(dir, 'grapevine-rules.js'), SCRIPT_FILES['grapevine-rules.js'] ?? '');
    expect(changed.build).not.toBe(assets.build);
    expect(loadWidgetAssets(dir, '1.2.3').build).toBe(assets.build);
  });

  it.each(Object.keys(SCRIPT_FILES))(
    'serves %s with its integrity, immutable, to any origin',
    async (name) => {
      const response = await fetch(`${harness.url}${assets.basePath}${name}`, {
        headers: { origin: 'https://some-shop.example' },
      });
      expect(response.status).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.toString('utf8')).toBe(SCRIPT_FILES[name]);
      expect(assets.files.get(name)?.integrity).toBe(sha384(body));
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
    },
  );

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
    ['identity', (body: Buffer) => body],
  ] as const)(
    'answers Accept-Encoding %s with the same bytes, compressed',
    async (encoding, decode) => {
      const name = 'grapevine-shared-Ab1_x.js';
      const answer = await rawGet(harness.url, `${assets.basePath}${name}`, {
        'accept-encoding': encoding,
      });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(
        encoding === 'identity' ? undefined : encoding,
      );
      if (encoding !== 'identity') expect(answer.body.length).toBeLessThan(500);
      expect(sha384(decode(answer.body))).toBe(assets.files.get(name)?.integrity);
    },
  );

  it('answers a revalidation with 304', async () => {
    const url = `${harness.url}${assets.basePath}grapevine.js`;
    const etag = (await fetch(url)).headers.get('etag') ?? '';
    expect(etag).toBe(`"${assets.loader.integrity}"`);
    const again = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it.each([
    ['an unknown file', () => `${assets.basePath}grapevine-nope.js`],
    ['another build', () => '/widget/1.2.3-000000000000/grapevine.js'],
    ['no build', () => '/widget/grapevine.js'],
    ['a file of the ESM build', () => `${assets.basePath}index.js`],
    ['a source map', () => `${assets.basePath}grapevine.js.map`],
    ['a type declaration', () => `${assets.basePath}grapevine.d.ts`],
    ['a file that is not a script', () => `${assets.basePath}secret.txt`],
    ['a file in a subfolder', () => `${assets.basePath}ui/grapevine-nested.js`],
    ['an encoded subfolder', () => `${assets.basePath}ui%2Fgrapevine-nested.js`],
    ['a dot-dot path', () => `${assets.basePath}../../outside-grapevine.js`],
    ['an encoded dot-dot path', () => `${assets.basePath}..%2F..%2Foutside-grapevine.js`],
    ['a double-encoded dot-dot path', () => `${assets.basePath}%252e%252e%252fsecret.txt`],
    ['a dot-dot build', () => `/widget/..%2F${assets.build}/grapevine.js`],
    ['an encoded backslash path', () => `${assets.basePath}..%5C..%5Coutside-grapevine.js`],
    ['a NUL byte', () => `${assets.basePath}grapevine.js%00.map`],
  ])('answers %s with a JSON 404 and no file', async (_label, path) => {
    const answer = await rawGet(harness.url, path());
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body.toString('utf8')).error.code).toBe('not-found');
    expect(answer.headers['cache-control']).toBeUndefined();
  });

  it('prints a snippet whose integrity is the served loader', async () => {
    const snippet = widgetSnippet(assets, {
      publicUrl: 'https://grapevine.example/',
      siteKey: 'shop-test',
    });
    const src = /src="([^"]+)"/.exec(snippet)?.[1] ?? '';
    expect(src).toBe(`https://grapevine.example${assets.basePath}grapevine.js`);
    const integrity = /integrity="([^"]+)"/.exec(snippet)?.[1];
    const body = Buffer.from(
      await (await fetch(`${harness.url}${new URL(src).pathname}`)).arrayBuffer(),
    );
    expect(integrity).toBe(sha384(body));
    expect(snippet).toContain('crossorigin="anonymous"');
    expect(snippet).toContain(
      'data-endpoint="https://grapevine.example" data-site-key="shop-test"',
    );
  });

  it('shows the snippet on the dashboard, escaped', async () => {
    const page = await (
      await fetch(`${harness.url}/admin`, { headers: { authorization: basicAuth() } })
    ).text();
    expect(page).toContain('Install the widget');
    expect(page).toContain(
      `&lt;script async src=&quot;https://grapevine.example${assets.basePath}grapevine.js&quot;`,
    );
    expect(page).toContain(assets.loader.integrity);
  });
});

describe('the installed widget', () => {
  it('serves the built @grapevine/widget (run `pnpm build` first)', async () => {
    const built = loadWidgetAssets();
    expect(built.files.has('grapevine.js')).toBe(true);
    expect(built.files.has('grapevine-rules.js')).toBe(true);
    expect(built.files.size).toBeGreaterThan(5);
    for (const file of built.files.values())
      expect(file.integrity).toBe(sha384(Buffer.from(file.body)));
  });
});
