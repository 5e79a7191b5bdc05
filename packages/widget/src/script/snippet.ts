// The inline stub site owners paste before the script tag: it queues calls made before
// `grapevine.js` arrives. Kept here so tests and the README use the same text.

/**
 * The stub, minified. `grapevine('purchase', {...})` pushes its arguments onto `grapevine.q`
 * until the script replaces the function and replays the queue in order.
 */
export const STUB =
  'window.grapevine=window.grapevine||function(){(window.grapevine.q=window.grapevine.q||[]).push(arguments)};';
