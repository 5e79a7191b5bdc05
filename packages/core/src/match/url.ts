import type { UrlPattern } from '../types/condition.js';

/** The path part of a URL (path, query and hash), `/` when there is none. */
export function pathOf(url: string): string {
  const path = url.replace(/^[a-z][\w+.-]*:\/\/[^/?#]*/i, '');
  return path.startsWith('/') ? path : `/${path}`;
}

/**
 * Whether `text` matches a glob where `*` is any run of characters and `?` one character.
 * Iterative with one backtrack point, so it stays linear-ish and cannot blow up.
 */
export function globMatch(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let starG = -1;
  let starT = 0;
  while (t < text.length) {
    const char = glob[g];
    if (char === '*') {
      starG = g;
      starT = t;
      g += 1;
    } else if (char !== undefined && (char === '?' || char === text[t])) {
      g += 1;
      t += 1;
    } else if (starG !== -1) {
      g = starG + 1;
      starT += 1;
      t = starT;
    } else {
      return false;
    }
  }
  while (glob[g] === '*') g += 1;
  return g === glob.length;
}

/**
 * Whether a URL matches a pattern. Patterns that start with `/` (or `^/`) see only its path
 * (`pathOf(url)`, passed in so a decision computes it once).
 * An invalid regex gives `undefined` so the caller can fail closed.
 */
export function matchUrl(url: string, path: string, pattern: UrlPattern): boolean | undefined {
  const { value } = pattern;
  const target = value.startsWith('/') || value.startsWith('^/') ? path : url;
  switch (pattern.match) {
    case 'exact':
      return target === pattern.value;
    case 'prefix':
      return target.startsWith(pattern.value);
    case 'glob':
      return globMatch(pattern.value, target);
    case 'regex':
      return testRegex(pattern.value, target);
  }
}

function testRegex(source: string, target: string): boolean | undefined {
  try {
    return new RegExp(source).test(target);
  } catch {
    return undefined;
  }
}

/**
 * Include/exclude matching: at least one include (or none given) and no exclude.
 * Fails closed: an invalid regex never includes and always excludes.
 */
export function urlAllowed(
  url: string,
  path: string,
  include: readonly UrlPattern[] | undefined,
  exclude: readonly UrlPattern[] | undefined,
): boolean {
  if (include !== undefined && include.length > 0) {
    if (!include.some((pattern) => matchUrl(url, path, pattern) === true)) return false;
  }
  if (exclude !== undefined) {
    if (exclude.some((pattern) => matchUrl(url, path, pattern) !== false)) return false;
  }
  return true;
}
