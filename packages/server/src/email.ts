// Gmail ignores dots and everything after "+" in the local part; googlemail.com is gmail.com.
const GMAIL = new Set(['gmail.com', 'googlemail.com']);
// Invisible characters (zero-width space, joiners, soft hyphen, BOM…) a mailbox name never needs.
const INVISIBLE = /[\p{Cf}]/gu;

/**
 * The address an email really reaches, for self-referral checks and one claim per friend:
 * Unicode NFKC (fullwidth letters and `＠` fold to ASCII), invisible characters removed,
 * lower case, trimmed, `+tags` removed, the domain in ASCII (IDNA) without a trailing dot
 * (`x@gmail.com.` is `x@gmail.com`), and for Gmail dots removed and the domain unified.
 * @example normalizeEmail(' Jane.Doe+shop@GoogleMail.com. ') // 'janedoe@gmail.com'
 */
export function normalizeEmail(email: string): string {
  const trimmed = email.normalize('NFKC').replace(INVISIBLE, '').trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = asciiDomain(trimmed.slice(at + 1));
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/** The domain as DNS resolves it: IDNA to ASCII, without the root's trailing dot(s). */
function asciiDomain(domain: string): string {
  let ascii = domain;
  try {
    ascii = new URL(`http://${domain}`).hostname;
  } catch {
    // Not a host name: compare it as written.
  }
  return ascii.replace(/\.+$/, '');
}
