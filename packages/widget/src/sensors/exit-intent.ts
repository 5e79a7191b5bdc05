/**
 * Exit intent on desktop: the pointer leaves through the top of the window (towards the tabs
 * or the address bar). Touch devices have no such gesture, so nothing is armed there.
 */
export function watchExitIntent(win: Window, onExitIntent: () => void): () => void {
  if (!win.matchMedia?.('(hover: hover) and (pointer: fine)').matches) return () => {};
  const onMouseOut = (event: MouseEvent): void => {
    if (event.relatedTarget === null && event.clientY <= 0) onExitIntent();
  };
  win.document.addEventListener('mouseout', onMouseOut);
  return () => win.document.removeEventListener('mouseout', onMouseOut);
}
