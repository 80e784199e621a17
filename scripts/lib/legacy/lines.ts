/**
 * An export as a list of lines. Portals export with CRLF, no-break spaces, zero-width characters,
 * bullets and indentation; none of it carries meaning, so each line is cleaned and blank lines go.
 * Text is NFC so that Vietnamese letters compare equal whatever the portal's encoding habits.
 */
export function exportLines(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/[\u00a0\u2007\u202f]/g, ' ')
        .replace(/[\u200b-\u200d\u2060]/g, '')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '');
}
