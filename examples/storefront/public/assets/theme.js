// Applies the demo toolbar's choices before first paint (a classic script in <head>): the
// colour scheme, and the language Grapevine picks up from <html lang>. The prompts follow
// the shop's scheme through `grapevine('init', …)`, queued before the snippet's script loads.
(() => {
  const theme = localStorage.getItem('fika:theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
  const locale = localStorage.getItem('fika:locale');
  if (locale) document.documentElement.lang = locale;
  window.grapevine =
    window.grapevine ||
    function () {
      window.grapevine.q = window.grapevine.q || [];
      // biome-ignore lint/complexity/noArguments: the snippet's stub records `arguments` as they are.
      window.grapevine.q.push(arguments);
    };
  window.grapevine('init', { theme: { scheme: theme === 'dark' ? 'dark' : 'light' } });
})();
