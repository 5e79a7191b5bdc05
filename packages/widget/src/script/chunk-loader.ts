// How the loader imports the script tag's chunks: next to its own URL (CDNs serve them from
// the same folder). Each chunk is built self-contained (vite.script.config.ts checks that it
// imports no other file), so one request brings all of it: nothing is discovered once it
// has arrived, which would cost a round trip.

/** The file of a chunk name: `rules` → `grapevine-rules.js`. */
export const chunkFile = (name: string): string => `grapevine-${name}.js`;

export function chunkLoader(
  base: string,
  load: (url: string) => Promise<unknown>,
): <T>(name: string) => Promise<T> {
  return <T>(name: string): Promise<T> => load(new URL(chunkFile(name), base).href) as Promise<T>;
}
