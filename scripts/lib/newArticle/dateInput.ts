import { parseLegacyDate, toVietnamIso, yearInVietnam } from '../../../src/lib/dates.ts';

export interface PublicationInput {
  /** The frontmatter value: "2024-03-01T13:32:00+07:00", or "2024-03-01" when no time was given. */
  publishedAt: string;
  /** The year folder, in Vietnam time. */
  year: number;
}

/**
 * Reads a publication time as editors type it: "01/03/2024 13:32" (the portals' form),
 * "01/03/2024" (date alone), or an ISO date-time; empty means now. Always Vietnam time.
 */
export function readPublicationInput(text: string, now: Date = new Date()): PublicationInput | null {
  const trimmed = text.trim();
  if (trimmed === '') return { publishedAt: toVietnamIso(now), year: yearInVietnam(now) };
  const legacy = parseLegacyDate(trimmed);
  if (legacy) {
    const iso = toVietnamIso(legacy.date);
    return { publishedAt: legacy.hasTime ? iso : iso.slice(0, 10), year: yearInVietnam(legacy.date) };
  }
  const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (isoDate) {
    const real = parseLegacyDate(`${isoDate[3]}/${isoDate[2]}/${isoDate[1]}`);
    return real ? { publishedAt: trimmed, year: Number(isoDate[1]) } : null;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(trimmed)) {
    const date = new Date(trimmed);
    if (Number.isNaN(date.getTime())) return null;
    return { publishedAt: toVietnamIso(date), year: yearInVietnam(date) };
  }
  return null;
}
