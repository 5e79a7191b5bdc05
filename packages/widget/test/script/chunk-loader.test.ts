// The loader's chunk imports: a chunk and the chunks it imports start loading together, next
// to the script's URL, and a failed dependency is reported once, by the chunk's own import.
import { describe, expect, it, vi } from 'vitest';
import { type ChunkDeps, chunkFile, chunkLoader } from '../../src/script/chunk-loader.js';

const base = 'https://cdn.example/grapevine/1.2.0/grapevine.js';
const deps: ChunkDeps = { rules: ['shared'], prompt: ['shared', 'shared-Ab1'], adapter: [] };

describe('chunkLoader', () => {
  it('imports a chunk and all its dependencies at the same moment, next to the script', () => {
    const load = vi.fn((_url: string) => new Promise<unknown>(() => {})); // never settles: nothing awaited
    const chunk = chunkLoader(base, deps, load);
    void chunk('prompt');
    expect(load.mock.calls.map(([url]) => url)).toEqual([
      'https://cdn.example/grapevine/1.2.0/grapevine-shared.js',
      'https://cdn.example/grapevine/1.2.0/grapevine-shared-Ab1.js',
      'https://cdn.example/grapevine/1.2.0/grapevine-prompt.js',
    ]);
  });

  it('resolves to the chunk itself; a chunk without dependencies imports only itself', async () => {
    const load = vi.fn(async (url: string) => ({ url }));
    const chunk = chunkLoader(base, deps, load);
    await expect(chunk('adapter')).resolves.toEqual({
      url: 'https://cdn.example/grapevine/1.2.0/grapevine-adapter.js',
    });
    expect(load).toHaveBeenCalledTimes(1);
    await chunk('ui'); // not in the list: no dependencies
    expect(load).toHaveBeenLastCalledWith('https://cdn.example/grapevine/1.2.0/grapevine-ui.js');
  });

  it('leaves a failed dependency to the chunk import, which rejects (no unhandled rejection)', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const failed = new Error('blocked');
    const chunk = chunkLoader(base, deps, () => Promise.reject(failed));
    await expect(chunk('rules')).rejects.toBe(failed);
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('names files the way the build does', () => {
    expect(chunkFile('shared-Ab1')).toBe('grapevine-shared-Ab1.js');
  });
});
