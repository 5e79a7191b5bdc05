// Whether this code is built into a script-tag UI bundle (`grapevine-ui-<kind>.js`): `false`
// here, `true` in those passes (vite.script.config.ts replaces this module). The loader
// takes the presenter from a UI bundle only for a page with the built-in UI, and from
// `grapevine-prompt.js` for a headless one, so a UI bundle leaves out the headless branch.
export const IN_UI_BUNDLE: boolean = false;
