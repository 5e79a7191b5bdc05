// Every page is rendered per request: the customer is signed for this request and the
// campaigns are checked on this server before the page reaches the browser.
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { grapevineSettings } from '../lib/grapevine-server';
import { GrapevineProvider } from './grapevine-provider';
import './style.css';

export const metadata = {
  title: 'Fika & Co. — Grapevine in Next.js',
  // Inline: the example fetches nothing from elsewhere (no favicon request, no web fonts).
  icons: {
    icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Ccircle cx='16' cy='16' r='16' fill='%233b2f2f'/%3E%3C/svg%3E",
  },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  const settings = await grapevineSettings();
  return (
    <html lang="en">
      <body>
        <header className="bar">
          <a className="logo" href="/">
            Fika &amp; Co.
          </a>
          <nav aria-label="Main">
            <a href="/">Shop</a>
            <a href="/refer">Refer a friend</a>
          </nav>
        </header>
        <GrapevineProvider settings={settings}>
          <main>{children}</main>
        </GrapevineProvider>
      </body>
    </html>
  );
}
