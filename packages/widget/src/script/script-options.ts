// The script tag's `data-*` attributes, read into runtime options.

/** What the attributes say. Config and backend are wired by the loader. */
export interface ScriptAttributes {
  endpoint: string | undefined;
  siteKey: string | undefined;
  /** The id of an inline `<script type="application/json">` holding the campaigns. */
  configId: string | undefined;
  options: Record<string, unknown>;
}

/**
 * `data-endpoint`, `data-site-key`, `data-config`, plus `data-locale`, `data-consent`,
 * `data-debug`, `data-ui="false"`, `data-theme`, `data-ref-param`, `data-clean-url` and the
 * script's `nonce`.
 */
export function readAttributes(script: HTMLScriptElement | null): ScriptAttributes {
  const data = script?.dataset ?? {};
  const options: Record<string, unknown> = {};
  if (data.locale) options.locale = data.locale;
  if (data.consent) options.consent = data.consent;
  if (data.debug !== undefined) options.debug = data.debug !== 'false';
  if (data.ui === 'false') options.ui = false;
  if (data.brandName) options.brandName = data.brandName;
  // Checked by the rules (`checkScheme`): the loader only passes it on.
  if (data.theme !== undefined) options.theme = { scheme: data.theme };
  if (script?.nonce) options.nonce = script.nonce;
  const referral: Record<string, unknown> = {};
  if (data.refParam) referral.param = data.refParam;
  if (data.cleanUrl !== undefined) referral.cleanUrl = data.cleanUrl !== 'false';
  if (Object.keys(referral).length > 0) options.referral = referral;
  return {
    endpoint: data.endpoint || undefined,
    siteKey: data.siteKey || undefined,
    configId: data.config || undefined,
    options,
  };
}

/** The JSON in the element with this id and its source text; `undefined` when unusable. */
export function readInlineConfig(
  doc: Document,
  id: string,
  fail: (message: string) => void,
): { json: unknown; source: string } | undefined {
  const element = doc.getElementById(id);
  if (!element) {
    fail(`Grapevine: data-config="${id}" names no element; no campaigns.`);
    return undefined;
  }
  const source = element.textContent ?? '';
  try {
    return { json: JSON.parse(source), source };
  } catch (error) {
    fail(`Grapevine: #${id} is not valid JSON (${(error as Error).message}); no campaigns.`);
    return undefined;
  }
}

const SCHEMES: readonly unknown[] = ['auto', 'light', 'dark'];

/**
 * The colour scheme from `data-theme` (or `init`'s `theme.scheme`): `auto` follows
 * `prefers-color-scheme`. Anything else is named on the console and read as `auto`.
 * @example checkScheme({ theme: { scheme: 'dim' } }, console.warn) // { theme: { scheme: 'auto' } }
 */
export function checkScheme(
  options: Record<string, unknown>,
  warn: (message: string) => void,
): Record<string, unknown> {
  const theme = options.theme as { scheme?: unknown } | undefined;
  if (theme?.scheme === undefined || SCHEMES.includes(theme.scheme)) return options;
  warn(
    `Grapevine: data-theme="${String(theme.scheme)}" must be "auto", "light" or "dark"; using "auto".`,
  );
  return { ...options, theme: { ...theme, scheme: 'auto' } };
}
