import { parseLegacyDate, toVietnamIso } from '../../../src/lib/dates.ts';

export interface FoundDate {
  /** The frontmatter value: a date-time with +07:00, or "YYYY-MM-DD" when the source gives no time. */
  publishedAt: string;
  hasTime: boolean;
  /** The line it was read from; a date read from the article text is a weaker signal than the portal's date line. */
  from: 'date line' | 'text';
  /** Index of the date line in the lines given, when it was one. */
  index?: number;
  /** Numbers printed after the date on the same line ("26/01/2024 405 0": views, comments). */
  trailingNumbers: number[];
}

const dateLine = /^(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}(?:\s*[-,]?\s*\d{1,2}\s*[:h]\s*\d{2})?)((?:\s+\d[\d.]*)*)$/;

/** The portal's date line ("01/03/2024 - 13:32", "26/01/2024 405 0"), among the first lines. */
export function findDateLine(lines: string[], searchFirst = 8): FoundDate | null {
  for (let i = 0; i < Math.min(lines.length, searchFirst); i++) {
    const m = dateLine.exec(lines[i] ?? '');
    if (!m) continue;
    const parsed = parseLegacyDate(m[1] ?? '');
    if (!parsed) continue;
    const trailingNumbers = (m[2] ?? '')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((n) => Number(n.replace(/\./g, '')));
    return { ...toFrontmatter(parsed), from: 'date line', index: i, trailingNumbers };
  }
  return null;
}

/**
 * A date written at the start of the article text: "Ngày 19/02/ 2024, Ủy ban nhân dân huyện…".
 * Portals without a date line often open the lede this way; it is the event's date, which is
 * usually (not always) the publication date, hence a weaker signal.
 */
export function findDateInText(text: string): FoundDate | null {
  const m = /^(?:sáng|chiều|tối|trưa)?\s*(?:ngày|hôm nay,?\s*ngày)\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})/iu.exec(text.trim());
  const parsed = m ? parseLegacyDate(m[1] ?? '') : null;
  return parsed ? { ...toFrontmatter(parsed), from: 'text', trailingNumbers: [] } : null;
}

function toFrontmatter(parsed: { date: Date; hasTime: boolean }): { publishedAt: string; hasTime: boolean } {
  const iso = toVietnamIso(parsed.date);
  return { publishedAt: parsed.hasTime ? iso : iso.slice(0, 10), hasTime: parsed.hasTime };
}
