// How the loader imports the script tag's chunks: next to its own URL (CDNs serve them from
// the same folder), each together with every chunk it statically imports. Without that, the
// browser only discovers a chunk's shared chunks (code several entries use, split out by
// Rolldown) once the chunk has arrived and been parsed: one more round trip per level, which
// made a returning visitor's prompt slower than a first visit's. Importing a shared chunk
// directly gives the very module instance the chunk then links against (one module map per
// document), so nothing runs twice.

/** A chunk's name (`rules` for `grapevine-rules.js`) → the chunks it imports, all levels. */
export type ChunkDeps = Readonly<Record<string, readonly string[]>>;

/** The file of a chunk name: `rules` → `grapevine-rules.js`. */
export const chunkFile = (name: string): string => `grapevine-${name}.js`;

export function chunkLoader(
  base: string,
  deps: ChunkDeps,
  load: (url: string) => Promise<unknown>,
): <T>(name: string) => Promise<T> {
  const url = (name: string): string => new URL(chunkFile(name), base).href;
  return <T>(name: string): Promise<T> => {
    // A failed dependency also fails the chunk's own import, which reports it.
    for (const dep of deps[name] ?? []) load(url(dep)).catch(() => {});
    return load(url(name)) as Promise<T>;
  };
}
