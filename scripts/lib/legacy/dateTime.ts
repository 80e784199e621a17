import { parseLegacyDate, toVietnamIso } from '../../../src/lib/dates.ts';
import { parsePortalDate } from './dateShapes.ts';
import { readViewCount } from './viewCount.ts';

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
  /** A view count printed on the date line itself ("Ngày đăng: 15/04/2024 | Lượt xem: 1.204"). */
  views?: number;
  /** The line gives the page's update time ("Cập nhật lúc …"), the only time the page shows. */
  updated?: true;
}

/**
 * The portal's date line ("01/03/2024 - 13:32", "Thứ Hai, 15/04/2024, 08:05 (GMT+7)", "26/01/2024
 * 405 0"; every shape in dateShapes.ts), among the first lines. A publication date wins over an
 * update ("Cập nhật lúc …"); a page that shows only its update time gives that, marked `updated`.
 */
export function findDateLine(lines: string[], searchFirst = 8): FoundDate | null {
  let updated: FoundDate | null = null;
  for (let i = 0; i < Math.min(lines.length, searchFirst); i++) {
    const parsed = parsePortalDate(lines[i] ?? '');
    if (!parsed) continue;
    const numbers = /^[\d.\s]+$/.test(parsed.rest) ? parsed.rest.split(/\s+/).filter(Boolean) : [];
    const labelled = parsed.rest === '' || numbers.length > 0 ? null : readViewCount([parsed.rest.replace(/^[|·•-]\s*/, '')]);
    const found: FoundDate = {
      ...toFrontmatter(parsed),
      from: 'date line',
      index: i,
      trailingNumbers: numbers.map((n) => Number(n.replace(/\./g, ''))),
      ...(labelled ? { views: labelled.views } : {}),
      ...(parsed.label === 'updated' ? { updated: true } : {}),
    };
    if (parsed.label !== 'updated') return found;
    updated ??= found;
  }
  return updated;
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
