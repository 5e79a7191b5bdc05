// Applies the demo toolbar's choices before first paint (loaded as a module in <head>):
// the colour scheme, and the language Grapevine picks up from <html lang>.
const theme = localStorage.getItem('fika:theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
const locale = localStorage.getItem('fika:locale');
if (locale) document.documentElement.lang = locale;
