// The `<grapevine-referral>` element's name and the event every such element dispatches on
// its document when it enters or leaves the page. Shared by the panels chunk and the
// script-tag loader (which defines the element early, so a panel on the page wakes the
// rules): whoever defines the element first, the same event reaches the panels.

/** The custom element a shop puts on its programme page. */
export const PANEL_TAG = 'grapevine-referral';

/** Dispatched on the document with the element as `detail`, on connect and disconnect. */
export const CONNECTION_EVENT = 'grapevine:referral-connection';

/** The element class: holds no reference to a runtime, it only announces itself. */
export function panelElement(): CustomElementConstructor {
  return class extends HTMLElement {
    connectedCallback(): void {
      this.ownerDocument.dispatchEvent(new CustomEvent(CONNECTION_EVENT, { detail: this }));
    }
    disconnectedCallback(): void {
      this.ownerDocument.dispatchEvent(new CustomEvent(CONNECTION_EVENT, { detail: this }));
    }
  };
}
