#!/usr/bin/env node
console.log(
  'pnpm demo: not yet available. It arrives with the demo shop (reference server + storefront).',
);
