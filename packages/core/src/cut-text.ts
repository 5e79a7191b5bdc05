/**
 * The first `max` UTF-16 code units of `text`, one fewer when the cut would split a surrogate
 * pair: a lone surrogate is not valid Unicode, and servers (PostgreSQL `text` and `jsonb`)
 * refuse it. An emoji at the boundary is left out whole, never halved.
 * @example cutText('ab👍', 3) // 'ab'
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  // 0xD800–0xDBFF: a high surrogate, whose low half would be cut off.
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
