import { html, type SafeHtml } from '../admin/render/html.js';

// The building blocks of every email body: MJML built with the escaping `html` tag, so
// customer text can never become markup. Each has a plain-text twin in `text-blocks.ts`.

/** Only http(s) links reach an email; anything else becomes an inert `#`. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : '#';
  } catch {
    return '#';
  }
}

/** A section with one column holding `content`. */
export function section(content: SafeHtml | SafeHtml[], padding = '0 32px'): SafeHtml {
  return html`<mj-section padding="${padding}"><mj-column>${content}</mj-column></mj-section>`;
}

/** The title of the message. */
export function heading(text: string): SafeHtml {
  return html`<mj-text mj-class="heading">${text}</mj-text>`;
}

/** A paragraph of body text. */
export function paragraph(text: string): SafeHtml {
  return html`<mj-text>${text}</mj-text>`;
}

/** Small, muted text (hints, validity). */
export function note(text: string): SafeHtml {
  return html`<mj-text mj-class="note">${text}</mj-text>`;
}

/** The main call to action. */
export function button(label: string, url: string): SafeHtml {
  return html`<mj-button href="${safeUrl(url)}">${label}</mj-button>`;
}

/** A code to keep: a label and the code in a dashed box, large and monospaced. */
export function codeBox(label: string, code: string): SafeHtml {
  return html`<mj-text mj-class="label">${label}</mj-text>
<mj-text mj-class="code" css-class="gv-code">${code}</mj-text>`;
}

/** A quoted block of customer text (escaped like everything else). */
export function quote(text: string): SafeHtml {
  return html`<mj-text mj-class="quote">${text}</mj-text>`;
}

/** A link shown as its own URL, for copy and paste. */
export function plainLink(url: string): SafeHtml {
  const href = safeUrl(url);
  return html`<mj-text mj-class="note"><a href="${href}" class="gv-link">${href}</a></mj-text>`;
}
