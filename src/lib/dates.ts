import type { Lang } from '../i18n/locales.ts';

/**
 * Dates as a reader in Vietnam sees them. Everything goes through Intl with the Asia/Ho_Chi_Minh
 * zone, never the process's own, so a build on a UTC server or a laptop in New York prints the same
 * "01/03/2024 - 13:32" as the legacy portal did. Vietnam has used UTC+7 without daylight saving since
 * 1975; the offset printed by `toVietnamIso` is read from the zone data, so it stays right even for
 * older dates.
 */

export const vietnamTimeZone = 'Asia/Ho_Chi_Minh';

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: vietnamTimeZone,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

type VietnamParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/**
 * Readings already made, by timestamp: a build formats each article's date about ten times (page,
 * lists, feeds, cards, structured data) and Intl's formatToParts is the slow part. Bounded, so a
 * long-running process cannot grow it without limit.
 */
const partsCache = new Map<number, Readonly<VietnamParts>>();
const partsCacheLimit = 100_000;

/** The wall-clock reading in Vietnam at `date`. */
function vietnamParts(date: Date): Readonly<VietnamParts> {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid Date: cannot show it in Vietnam time');
  const known = partsCache.get(time);
  if (known) return known;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const p of partsFormat.formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const { year, month, day, hour, minute, second } = parts as VietnamParts;
  if (partsCache.size >= partsCacheLimit) partsCache.clear();
  const reading = Object.freeze({ year, month, day, hour, minute, second });
  partsCache.set(time, reading);
  return reading;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const ymd = (p: { year: number; month: number; day: number }): string => `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "01/03/2024" in Vietnamese (as the legacy portals print it), "1 March 2024" in English. */
export function formatDate(date: Date, lang: Lang): string {
  const p = vietnamParts(date);
  return lang === 'vi' ? `${pad2(p.day)}/${pad2(p.month)}/${p.year}` : `${p.day} ${englishMonths[p.month - 1]} ${p.year}`;
}

/** "01/03/2024 - 13:32" in Vietnamese, "1 March 2024, 13:32 ICT" in English (ICT: Indochina Time, UTC+7). */
export function formatDateTime(date: Date, lang: Lang): string {
  const p = vietnamParts(date);
  const time = `${pad2(p.hour)}:${pad2(p.minute)}`;
  return lang === 'vi' ? `${formatDate(date, lang)} - ${time}` : `${formatDate(date, lang)}, ${time} ICT`;
}

/** The calendar year in Vietnam: 2023-12-31T17:00:00Z is already 2024. */
export function yearInVietnam(date: Date): number {
  return vietnamParts(date).year;
}

/** ISO 8601 with Vietnam's offset: "2024-03-01T13:32:00+07:00" (the form publishedAt is written in). */
export function toVietnamIso(date: Date): string {
  const p = vietnamParts(date);
  const wallClockAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offsetMinutes = Math.round((wallClockAsUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${ymd(p)}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** The day in Vietnam, "2024-03-01": a counter's per-day bucket. */
export function vietnamDayKey(date: Date): string {
  return ymd(vietnamParts(date));
}

/** The Monday that starts the week (Monday to Sunday, Vietnam time) holding `date`: "2024-02-26". */
export function vietnamWeekKey(date: Date): string {
  const p = vietnamParts(date);
  const day = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const daysSinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - daysSinceMonday);
  return ymd({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
}

/** The month in Vietnam, "2024-03". */
export function vietnamMonthKey(date: Date): string {
  const p = vietnamParts(date);
  return `${p.year}-${pad2(p.month)}`;
}

/** Vietnam's offset from UTC for the dates the legacy portals carry (2000s onwards). */
const vietnamOffsetHours = 7;

/**
 * Reads a date as the legacy portals print it: "01/03/2024 - 13:32", "26/01/2024", and the stray
 * space of "19/02/ 2024"; "13h32" for the time is accepted too, as Vietnamese writers use it. The
 * reading is Vietnam time. `hasTime` is false for a date alone, so nobody shows an invented 00:00.
 * Null when the text is not exactly one real date ("31/02/2024", "15/19").
 */
export function parseLegacyDate(text: string): { date: Date; hasTime: boolean } | null {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?:\s*[-,]?\s*(\d{1,2})\s*[:h]\s*(\d{2}))?\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hasTime = m[4] !== undefined;
  const hour = hasTime ? Number(m[4]) : 0;
  const minute = hasTime ? Number(m[5]) : 0;
  if (hour > 23 || minute > 59) return null;
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (calendarDay.getUTCFullYear() !== year || calendarDay.getUTCMonth() !== month - 1 || calendarDay.getUTCDate() !== day) return null;
  return { date: new Date(Date.UTC(year, month - 1, day, hour - vietnamOffsetHours, minute)), hasTime };
}
