// The floating frame and card: a `<dialog>` (modal, sheet) or a `popover` (corner card) on
// the browser's top layer, sized by JavaScript to the visual viewport (fit-viewport.ts).
// `all:unset` drops the engine's dialog and popover defaults (margins, borders, max sizes).
// Rules with `::backdrop` stand alone: an engine without it (the fallback) drops the rule.
// The frame is the size container: the phone rules follow the space the prompt really has,
// which media queries cannot tell on a zoomed-out page without a viewport meta tag.
export const frameCss = `
.frame{all:unset;box-sizing:border-box;position:fixed;inset:0 auto auto 0;width:100%;height:100%;display:flex;align-items:center;justify-content:center;padding:16px;pointer-events:none;transform-origin:0 0;container-type:inline-size}
.frame[data-modal]{pointer-events:auto;padding-right:calc(16px + var(--g,0px))}
[data-modal]::backdrop{background:rgb(17 24 39/.5);right:calc(-1*var(--g,0px))}
[data-modal][data-flat]{background:rgb(17 24 39/.5)}
.frame:focus{outline:none}
.card{position:relative;pointer-events:auto;inline-size:100%;max-inline-size:480px;max-block-size:100%;overflow:auto;
background:var(--s);color:var(--t);border-radius:var(--r);padding:28px;
box-shadow:0 0 0 1px rgb(17 24 39/.06),0 4px 6px -2px rgb(17 24 39/.05),0 24px 48px -12px rgb(17 24 39/.28)}
[data-placement=corner] .frame{align-items:flex-end;justify-content:flex-end}
[data-placement=corner] .card{max-inline-size:400px;padding:24px}
[data-placement=sheet] .frame{align-items:flex-end;padding:0}
[data-placement=sheet] .card{max-inline-size:none;border-end-start-radius:0;border-end-end-radius:0;padding-block-end:max(28px,env(safe-area-inset-bottom))}
@container (max-width:600px){
.card{padding:24px 20px}
[data-placement=sheet] .card{padding-block-end:max(24px,env(safe-area-inset-bottom))}
[data-placement=corner] .card{max-inline-size:none}}
@media (prefers-reduced-motion:no-preference){
[data-modal]::backdrop{animation:fade .2s ease-out}
.card{animation:rise .28s cubic-bezier(.2,.9,.3,1.2)}
.closing .frame,.closing .card{transition:opacity .15s ease-in;opacity:0}
.closing [data-modal]::backdrop{transition:opacity .15s ease-in;opacity:0}}
@keyframes fade{from{opacity:0}}
@keyframes rise{from{opacity:0;transform:translateY(12px) scale(.98)}}
.x{position:absolute;inset-block-start:10px;inset-inline-end:10px;inline-size:44px;block-size:44px;border-radius:50%;display:grid;place-items:center;color:var(--m)}
`;
