/**
 * The byline: the author as printed, a short line at the end of the article. Forms seen on the
 * portals: a name ("Thanh Mỹ"), initials ("YV"), "Tin, ảnh: X" (text and photos by X), and "X - Y"
 * (two authors, or author and unit), kept as printed.
 */

const credit =
  /^\(?(?:tin|bài|tin và ảnh|tin, ảnh|tin - ảnh|tin\/ảnh|bài và ảnh|bài, ảnh|bài - ảnh|bài\/ảnh|nhóm phóng viên|pv)\s*:\s*(.+?)\)?\.?$/iu;
const nameWord = /^[\p{Lu}][\p{Ll}\p{M}]*\.?$/u;
const initials = /^[\p{Lu}]{2,8}$/u;

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

/**
 * A source line at the end of an article: who first published it, not who wrote it. "Theo
 * baolongan.vn", "(Theo Báo Long An)", "Nguồn: Báo Long An". Null for anything longer than a name,
 * so a sentence starting "Theo kế hoạch…" is never a source.
 */
export function readSourceLine(line: string): string | null {
  const m = /^\(?\s*(?:theo|nguồn(?:\s+tin)?\s*:)\s*(.+?)\s*\)?\.?$/iu.exec(line.trim());
  const name = m?.[1]?.trim();
  if (!name || name.length > 60 || name.split(/\s+/).length > 6 || /[,;!?]/.test(name)) return null;
  const domain = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?$/i.exec(name);
  if (domain) return domain[1]!.toLowerCase();
  return /^[\p{Lu}\d]/u.test(name) ? name : null;
}

/**
 * The byline and the source line at the end of the article lines, with their indexes. The source
 * line may come after the byline or stand alone; either may be missing.
 */
export function findByline(lines: string[]): { author: string; index: number; source?: { name: string; index: number } } | null {
  const found = findBylineAndSource(lines);
  return found.author ? { ...found.author, ...(found.source ? { source: found.source } : {}) } : null;
}

export function findBylineAndSource(lines: string[]): {
  author?: { author: string; index: number };
  source?: { name: string; index: number };
} {
  let source: { name: string; index: number } | undefined;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 2); i--) {
    const sourceName = readSourceLine(lines[i] ?? '');
    if (sourceName && !source) {
      source = { name: sourceName, index: i };
      continue;
    }
    const author = readByline(lines[i] ?? '');
    if (author) return { author: { author, index: i }, ...(source ? { source } : {}) };
    break;
  }
  return source ? { source } : {};
}
