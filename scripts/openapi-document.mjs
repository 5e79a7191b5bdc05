// Shared by gen-openapi.mjs and check-openapi.mjs: the OpenAPI document as committed text.
import { fileURLToPath } from 'node:url';

export const openApiPath = fileURLToPath(
  new URL('../packages/adapter/openapi.json', import.meta.url),
);

/** The document, formatted as it is committed (2-space JSON, trailing newline). */
export async function renderOpenApi() {
  // The root has no dependency on the adapter, so import its source file by path (via tsx).
  const { buildOpenApi } = await import('../packages/adapter/src/server/openapi.ts');
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
}
