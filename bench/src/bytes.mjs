// Transfer size of a set of files: raw, gzip (level 9) and brotli (quality 11), as a CDN
// serving pre-compressed assets would send them. Each file is compressed on its own because
// each is a separate request.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const cache = new Map();

/** Sizes of one file in bytes. */
export function fileSizes(path) {
  const cached = cache.get(path);
  if (cached) return cached;
  const source = readFileSync(path);
  const sizes = {
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }).length,
  };
  cache.set(path, sizes);
  return sizes;
}

/** Summed sizes of several files (one request each). */
export function totalSizes(paths) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const path of paths) {
    const sizes = fileSizes(path);
    total.raw += sizes.raw;
    total.gzip += sizes.gzip;
    total.brotli += sizes.brotli;
  }
  return total;
}
