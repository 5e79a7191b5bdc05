// The floor: a hand-written Preact NPS dialog in a shadow root (../assets/floor-dialog.js),
// loaded at page load like a prefetched chunk and opened by the trigger. No rules, no
// storage, no network: the least any Preact-based prompt can cost.
export const floorVariant = {
  id: 'floor',
  label: 'Preact dialog (floor)',
  body: (origin) => `<script async src="${origin}/assets/floor-dialog.js"></script>`,
  ready: 'Boolean(window.benchFloorDialog)',
  trigger: 'window.benchFloorDialog.open()',
  probe: `document.querySelector('bench-floor-dialog')?.shadowRoot?.querySelector('[role=dialog]') ?? null`,
};
