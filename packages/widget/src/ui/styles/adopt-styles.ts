/**
 * Adds `css` to the shadow root. Constructable stylesheets need no CSP exception; where
 * they are missing, a `<style>` element carrying the page's `nonce` does the job.
 * Nothing is ever written to `document.head`.
 */
export function adoptStyles(shadow: ShadowRoot, css: string, nonce?: string): void {
  const view = shadow.ownerDocument.defaultView;
  try {
    if (view && 'adoptedStyleSheets' in shadow && typeof view.CSSStyleSheet === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    // Fall through to the <style> element (older engines throw on `new CSSStyleSheet()`).
  }
  const style = shadow.ownerDocument.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  shadow.append(style);
}
