/**
 * Joins the paragraphs of a plain-text email with blank lines, leaving out empty ones.
 * @example blocksText(['Hello', '', 'Bye']) // 'Hello\n\nBye'
 */
export function blocksText(paragraphs: readonly (string | false | null | undefined)[]): string {
  return paragraphs.filter((part): part is string => Boolean(part)).join('\n\n');
}
