/**
 * The byline: the author as printed, a short line at the end of the article. Forms seen on the
 * portals: a name ("Thanh Mỹ"), initials ("YV"), "Tin, ảnh: X" (text and photos by X), and "X - Y"
 * (two authors, or author and unit), kept as printed.
 */

const credit =
  /^\(?(?:tin|bài|tin và ảnh|tin, ảnh|tin - ảnh|tin\/ảnh|bài và ảnh|bài, ảnh|bài - ảnh|bài\/ảnh|nhóm phóng viên|pv)\s*:\s*(.+?)\)?\.?$/iu;
const nameWord = /^[\p{Lu}][\p{Ll}\p{M}]*\.?$/u;
const initials = /^[\p{Lu}]{2,5}$/u;

function isName(text: string): boolean {
  const words = text.split(' ');
  if (text.length > 40 || words.length > 5) return false;
  if (words.length === 1) return initials.test(text) || (nameWord.test(text) && text.length >= 3);
  return words.every((w) => nameWord.test(w) || initials.test(w));
}

/** Reads a line as a byline; null when it is not one. */
export function readByline(line: string): string | null {
  const text = line.trim().replace(/^\((.*)\)$/, '$1');
  const m = credit.exec(text);
  if (m) return isName((m[1] ?? '').trim()) || (m[1] ?? '').includes(' - ') ? (m[1] ?? '').trim() : null;
  const parts = text.split(/\s+[-–]\s+/);
  if (parts.length === 2 && parts.every(isName)) return parts.join(' - ');
  return isName(text.replace(/\.$/, '')) ? text.replace(/\.$/, '') : null;
}

/** The byline at the end of the article lines, with its index; null when the article has none. */
export function findByline(lines: string[]): { author: string; index: number } | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 2); i--) {
    const author = readByline(lines[i] ?? '');
    if (author) return { author, index: i };
    // A source line ("Nguồn: …") may follow the byline.
    if (!/^nguồn\s*:/iu.test(lines[i] ?? '')) break;
  }
  return null;
}
