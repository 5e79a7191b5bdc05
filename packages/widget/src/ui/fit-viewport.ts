/**
 * Keeps the fixed frame over the visual viewport, the part of the page the shopper sees,
 * instead of the layout viewport: on a phone page wider than the screen (one 440 px element
 * is enough) the layout viewport is wider than the screen, and the close button, the high
 * scores and Send would sit off to the side. On a page laid out at 980 px and zoomed out (no
 * viewport meta tag) the frame is drawn at the zoom's inverse, so text stays readable and
 * targets stay 44 px on the screen; a shopper's own zoom in (scale > 1) is left alone.
 * Returns the undo.
 * @example const unfit = fitViewport(frame, window); … unfit();
 */
export function fitViewport(frame: HTMLElement, view: Window): () => void {
  const viewport = view.visualViewport;
  const fit = () => {
    if (!viewport) return;
    const zoom = Math.min(viewport.scale, 1) || 1;
    frame.style.cssText = `left:${viewport.offsetLeft}px;top:${viewport.offsetTop}px;width:${viewport.width * zoom}px;height:${viewport.height * zoom}px;transform:scale(${1 / zoom})`;
  };
  const listen = (method: 'addEventListener' | 'removeEventListener') => {
    for (const type of ['resize', 'scroll']) viewport?.[method](type, fit);
  };
  fit();
  listen('addEventListener');
  return () => listen('removeEventListener');
}
