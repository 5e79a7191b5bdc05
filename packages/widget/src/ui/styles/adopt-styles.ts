/**
 * Adds `css` to the shadow root. Constructable stylesheets need no CSP exception; where
 * they are missing (older engines throw on `new CSSStyleSheet()` or have no
 * `adoptedStyleSheets`), a `<style>` element carrying the page's `nonce` does the job.
 * Nothing is ever written to `document.head`.
 */
export function adoptStyles(shadow: ShadowRoot, css: string, nonce?: string): void {
  const doc = shadow.ownerDocument;
  try {
    // Throws where either is missing: no constructor, or no adoptedStyleSheets to spread.
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    const style = doc.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    shadow.append(style);
  }
}
