// The small JSON condition tree behind `audience` and `context`.

/** A value a trait or an event property can hold. */
export type Scalar = string | number | boolean | null;

/**
 * One comparison against a named value (a trait, an event property).
 * Ordering operators (`>` …) compare numbers with numbers and strings with strings;
 * anything else does not match.
 * @example { op: '>=', value: 50 }
 * @example { op: 'in', value: ['gold', 'platinum'] }
 * @example { op: 'exists' }
 */
export type Comparison =
  | { op: '=' | '!=' | '>' | '>=' | '<' | '<='; value: Scalar }
  | { op: 'in' | 'not-in'; value: Scalar[] }
  | { op: 'exists' | 'missing' };

/** A comparison on a visitor trait. @example { trait: 'plan', op: '=', value: 'pro' } */
export type TraitCondition = { trait: string } & Comparison;

/** A comparison on a signal property. @example { prop: 'total', op: '>=', value: 50 } */
export type PropertyFilter = { prop: string } & Comparison;

/**
 * How a URL pattern matches `context.url`.
 * - `exact`: the whole string is equal;
 * - `prefix`: the URL starts with it;
 * - `glob`: `*` matches any run of characters (including `/`), `?` one character;
 * - `regex`: a JavaScript regular expression (tested, not anchored). An invalid regex
 *   fails closed: it never includes and always excludes.
 *
 * A pattern that starts with `/` (a regex: `^/`) is matched against the path (path + query +
 * hash); any other pattern against the full URL.
 */
export type UrlMatchKind = 'exact' | 'prefix' | 'glob' | 'regex';

/** One URL pattern. @example { match: 'glob', value: '/checkout/thank-you*' } */
export interface UrlPattern {
  match: UrlMatchKind;
  value: string;
}

/**
 * Matches when the URL matches at least one `include` pattern (or there is none) and no
 * `exclude` pattern.
 * @example { url: { include: [{ match: 'prefix', value: '/orders/' }] } }
 */
export interface UrlCondition {
  url: { include?: UrlPattern[]; exclude?: UrlPattern[] };
}

/** The device classes the runtime reports. */
export type Device = 'desktop' | 'mobile' | 'tablet';

/** Matches when the visitor's device class is one of these. @example { device: ['mobile'] } */
export interface DeviceCondition {
  device: Device[];
}

/**
 * Matches when the visitor's BCP 47 locale is one of these or a more specific form of one
 * (`da` matches `da-DK`; case-insensitive).
 * @example { locale: ['da', 'nb'] }
 */
export interface LocaleCondition {
  locale: string[];
}

/** Every child matches (an empty list matches). */
export interface AllCondition {
  all: Condition[];
}
/** At least one child matches (an empty list does not match). */
export interface AnyCondition {
  any: Condition[];
}
/** The child does not match. */
export interface NotCondition {
  not: Condition;
}

/**
 * A condition tree over traits, URL, device and locale.
 * @example { all: [{ device: ['desktop'] }, { not: { trait: 'employee', op: '=', value: true } }] }
 */
export type Condition =
  | AllCondition
  | AnyCondition
  | NotCondition
  | TraitCondition
  | UrlCondition
  | DeviceCondition
  | LocaleCondition;
