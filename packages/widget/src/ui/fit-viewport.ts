/**
 * Keeps the fixed frame over the visual viewport, the part of the page the shopper sees,
 * instead of the layout viewport: on a phone page wider than the screen (one 440 px element
 * is enough) the layout viewport is wider than the screen, and the close button, the high
 * scores and Send would sit off to the side. On a page laid out at 980 px and zoomed out (no
 * viewport meta tag) the frame is drawn at the zoom's inverse, so text stays readable and
 * targets stay 44 px on the screen; a shopper's own zoom in (scale > 1) is left alone.
 * A modal also reaches over the classic scrollbar's gutter that the scroll lock keeps (the
 * right edge in every engine, also on right-to-left pages; a desktop window's, never a phone's): `--g` is its width, which the
 * sheet covers, the centred card pads away and the backdrop reaches over (frame-css.ts).
 * Returns the undo.
 * @example const unfit = fitViewport(frame, window, true); … unfit();
 */
export function fitViewport(frame: HTMLElement, view: Window, modal?: boolean): () => void {
  const viewport = view.visualViewport;
  const fit = () => {
    if (!viewport) return;
    const zoom = Math.min(viewport.scale, 1) || 1;
    // A phone's layout viewport grows with a page wider than the screen (innerWidth beyond
    // outerWidth): that is no scrollbar.
    const gutter =
      modal && view.innerWidth <= view.outerWidth
        ? view.innerWidth - view.document.documentElement.clientWidth
        : 0;
    frame.style.cssText = `left:${viewport.offsetLeft}px;top:${viewport.offsetTop}px;width:${viewport.width * zoom + gutter}px;height:${viewport.height * zoom}px;transform:scale(${1 / zoom});--g:${gutter}px`;
  };
  const listen = (method: 'addEventListener' | 'removeEventListener') => {
    for (const type of ['resize', 'scroll']) viewport?.[method](type, fit);
  };
  fit();
  listen('addEventListener');
  return () => listen('removeEventListener');
}
