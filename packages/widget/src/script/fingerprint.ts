// A short hash of a text: enough to notice an edited inline config or a changed option, for
// the config cache and the wake plan. Not cryptographic: nothing here is a secret.

/** FNV-1a over the text, plus its length. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}
