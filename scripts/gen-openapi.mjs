#!/usr/bin/env node
// Writes packages/adapter/openapi.json from the contract's zod schemas.
// Node cannot import the TypeScript sources directly, so run it through tsx with the source
// condition:  pnpm --filter @grapevine/adapter openapi
// (or: pnpm exec tsx --conditions=@grapevine/source scripts/gen-openapi.mjs)
import { writeFileSync } from 'node:fs';
import { openApiPath, renderOpenApi } from './openapi-document.mjs';

writeFileSync(openApiPath, await renderOpenApi());
console.log(`wrote ${openApiPath}`);
