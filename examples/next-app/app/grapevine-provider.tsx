'use client';
// The widget lives in a client component: `createGrapevine` runs in the browser only (in an
// effect), with what the server prepared — the checked config and the customer signed for
// this request. What it loads: a ~4 kB loader; the rules, the UI and the HTTP backend come
// with `import()` when something can change on the page.
import { createGrapevine, type Grapevine, type Identity } from '@grapevine/widget';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { GrapevineSettings } from '../lib/grapevine-server';

const GrapevineContext = createContext<Grapevine | null>(null);

/** The page's Grapevine handle (`null` during server rendering and before the effect ran). */
export function useGrapevine(): Grapevine | null {
  return useContext(GrapevineContext);
}

export function GrapevineProvider({
  settings,
  children,
}: {
  settings: GrapevineSettings;
  children: ReactNode;
}) {
  const [grapevine, setGrapevine] = useState<Grapevine | null>(null);
  const { endpoint, siteKey, config, customer } = settings;

  useEffect(() => {
    const instance = createGrapevine({ endpoint, siteKey, config, brandName: 'Fika & Co.' });
    if (customer) {
      // The signature made for this page first; a prompt shown much later asks again and
      // gets a fresh one from the route handler (the server refuses signatures older than
      // 10 minutes).
      let signed: Identity | undefined = customer;
      instance.identify(async () => {
        if (signed) {
          const first = signed;
          signed = undefined;
          return first;
        }
        const response = await fetch('/grapevine/sign', { cache: 'no-store' });
        return (await response.json()) as Identity;
      });
    }
    setGrapevine(instance);
    return () => instance.destroy();
  }, [endpoint, siteKey, config, customer]);

  return <GrapevineContext.Provider value={grapevine}>{children}</GrapevineContext.Provider>;
}
