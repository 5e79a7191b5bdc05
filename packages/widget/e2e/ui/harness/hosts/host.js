// The host pages' own script (external: the harness CSP forbids inline script). The query
// picks the variant: ?rule=<name> and ?body=<transform|filter> become classes on <html>,
// ?shell makes the page an app shell, ?dialog opens the page's own modal <dialog> first.
const params = new URLSearchParams(location.search);
const root = document.documentElement;
if (params.get('rule')) root.classList.add(params.get('rule'));
if (params.get('body')) root.classList.add(`body-${params.get('body')}`);
if (params.has('shell')) root.classList.add('shell');
if (params.has('dialog')) document.querySelector('dialog.age-gate')?.showModal();
