import type { UrlCondition, UrlPattern } from '../types/condition.js';

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
  // Where to resume after the last `*`: the glob just past it, and the text it has eaten.
  let starG = -1;
  let starT = 0;
  while (t < text.length) {
    const char = glob[g];
    if (char === '*') {
      // A final `*` takes the rest of the text: no need to walk it.
      if (++g === glob.length) return true;
      starG = g;
      starT = t;
    } else if (char === text[t] || char === '?') {
      g += 1;
      t += 1;
    } else if (starG < 0) {
      return false;
    } else {
      // Let the last `*` eat one more character and try again from there.
      g = starG;
      t = ++starT;
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
      return target === value;
    case 'prefix':
      return target.startsWith(value);
    case 'glob':
      return globMatch(value, target);
    case 'regex':
      return testRegex(value, target);
  }
}

// Compiled regexes by source (`null`: invalid), so a decision does not build one per
// campaign. Keyed by the source text, not the config object, so an edited pattern can never
// meet a stale regex; emptied when it grows large so changing configs cannot make it leak.
const compiled = new Map<string, RegExp | null>();

function testRegex(source: string, target: string): boolean | undefined {
  let regex = compiled.get(source);
  if (regex === undefined) {
    try {
      regex = new RegExp(source);
    } catch {
      regex = null;
    }
    if (compiled.size > 99) compiled.clear();
    compiled.set(source, regex);
  }
  return regex?.test(target);
}

/**
 * Include/exclude matching: at least one include (or none given) and no exclude.
 * Fails closed: an invalid regex never includes and always excludes.
 */
export function urlAllowed(
  url: string,
  path: string,
  { include, exclude = [] }: UrlCondition['url'],
): boolean {
  // `||=` and `&&=` skip the remaining matches once the answer is settled.
  let allowed = include === undefined || include.length === 0;
  for (const pattern of include ?? []) allowed ||= matchUrl(url, path, pattern) === true;
  for (const pattern of exclude) allowed &&= matchUrl(url, path, pattern) === false;
  return allowed;
}
