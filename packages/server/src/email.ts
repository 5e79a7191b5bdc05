// Gmail ignores dots and everything after "+" in the local part; googlemail.com is gmail.com.
const GMAIL = new Set(['gmail.com', 'googlemail.com']);

/**
 * The address an email really reaches, for self-referral checks: lower case, trimmed,
 * `+tags` removed, and for Gmail dots removed and the domain unified.
 * @example normalizeEmail(' Jane.Doe+shop@GoogleMail.com ') // 'janedoe@gmail.com'
 */
export function normalizeEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}
