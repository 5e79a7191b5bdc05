/** A random id for events, ledger entries, visitors and tabs (UUID where available). */
export function randomId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto?.getRandomValues?.(bytes);
  let id = '';
  for (const byte of bytes) id += (byte ^ (Math.random() * 256)).toString(16).padStart(2, '0');
  return id;
}
