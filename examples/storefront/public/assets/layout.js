// The shop's shared header and footer, rendered into each page's placeholders.
import { updateCartCount } from './shop.js';

const links = [
  ['/', 'Shop'],
  ['/refer.html', 'Refer a friend'],
  ['/cart.html', 'Cart'],
];

function header() {
  const here = location.pathname === '/index.html' ? '/' : location.pathname;
  const nav = links
    .map(([href, label]) => {
      const current = href === here ? ' aria-current="page"' : '';
      const badge =
        href === '/cart.html' ? ' <span class="cart-count" data-cart-count>0</span>' : '';
      return `<a href="${href}"${current}>${label}${badge}</a>`;
    })
    .join('');
  return `<a class="brand" href="/"><span class="brand-mark" aria-hidden="true">☕</span>Fika &amp; Co.</a>
    <nav class="site-nav" aria-label="Main">${nav}</nav>`;
}

for (const slot of document.querySelectorAll('[data-site-header]')) slot.innerHTML = header();
for (const slot of document.querySelectorAll('[data-site-footer]')) {
  slot.textContent = 'Fika & Co. is a demo shop for Grapevine. Nothing here is for sale.';
}
updateCartCount();
