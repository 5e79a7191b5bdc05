'use client';
// The purchase: tracked in the browser, where the post-purchase prompt then shows.
import { useState } from 'react';
import { useGrapevine } from './grapevine-provider';

export function BuyButton({ price }: { price: number }) {
  const grapevine = useGrapevine();
  const [bought, setBought] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={!grapevine}
        onClick={() => {
          grapevine?.track('purchase', {
            orderId: `order-${Date.now().toString(36)}`,
            total: price,
            currency: 'EUR',
          });
          setBought(true);
        }}
      >
        Buy for €{price}
      </button>
      <p role="status">{bought ? 'Thank you for your order!' : ''}</p>
    </>
  );
}
