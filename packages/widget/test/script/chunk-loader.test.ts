// The loader's chunk imports: one import per chunk, next to the script's URL (each chunk is
// self-contained: the build checks that it imports no other file).
import { describe, expect, it, vi } from 'vitest';
import { chunkFile, chunkLoader } from '../../src/script/chunk-loader.js';

const base = 'https://cdn.example/grapevine/1.2.0/grapevine.js';

describe('chunkLoader', () => {
  it.each([
    ['rules', 'https://cdn.example/grapevine/1.2.0/grapevine-rules.js'],
    ['ui-nps', 'https://cdn.example/grapevine/1.2.0/grapevine-ui-nps.js'],
  ])('imports %s next to the script, once, and resolves to that module', async (name, url) => {
    const load = vi.fn(async (from: string) => ({ from }));
    const chunk = chunkLoader(base, load);
    await expect(chunk(name)).resolves.toEqual({ from: url });
    expect(load.mock.calls).toEqual([[url]]);
  });

  it('resolves against the page when the script has no URL of its own', async () => {
    const load = vi.fn(async (from: string) => from);
    await expect(chunkLoader('https://shop.example/a/b', load)('adapter')).resolves.toBe(
      'https://shop.example/a/grapevine-adapter.js',
    );
  });

  it('rejects with the import failure', async () => {
    const failed = new Error('blocked');
    const chunk = chunkLoader(base, () => Promise.reject(failed));
    await expect(chunk('rules')).rejects.toBe(failed);
  });

  it('names files the way the build does', () => {
    expect(chunkFile('ui-friend-offer')).toBe('grapevine-ui-friend-offer.js');
  });
});
