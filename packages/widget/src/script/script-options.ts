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
 * `data-debug`, `data-ui="false"`, `data-ref-param`, `data-clean-url` and the script's `nonce`.
 */
export function readAttributes(script: HTMLScriptElement | null): ScriptAttributes {
  const data = script?.dataset ?? {};
  const options: Record<string, unknown> = {};
  if (data.locale) options.locale = data.locale;
  if (data.consent) options.consent = data.consent;
  if (data.debug !== undefined) options.debug = data.debug !== 'false';
  if (data.ui === 'false') options.ui = false;
  if (data.brandName) options.brandName = data.brandName;
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
