// Parsed once per document and CSS text, then shared: a constructed sheet may be adopted by
// any number of shadow roots of its document, so a second prompt, or every panel of a
// programme page, skips the parse.
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/**
 * Adds `css` to the shadow root. Constructable stylesheets need no CSP exception; where
 * they are missing, a `<style>` element carrying the page's `nonce` does the job.
 * Nothing is ever written to `document.head`.
 */
export function adoptStyles(shadow: ShadowRoot, css: string, nonce?: string): void {
  const doc = shadow.ownerDocument;
  const view = doc.defaultView;
  try {
    if (view && 'adoptedStyleSheets' in shadow && typeof view.CSSStyleSheet === 'function') {
      const parsed = sheets.get(doc) ?? new Map<string, CSSStyleSheet>();
      sheets.set(doc, parsed);
      let sheet = parsed.get(css);
      if (!sheet) {
        sheet = new view.CSSStyleSheet();
        sheet.replaceSync(css);
        parsed.set(css, sheet);
      }
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    // Fall through to the <style> element (older engines throw on `new CSSStyleSheet()`).
  }
  const style = doc.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  shadow.append(style);
}
