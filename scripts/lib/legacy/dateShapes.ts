/**
 * The date lines portals print, read into a Vietnam time. Shapes seen on the common platforms:
 * "01/03/2024 - 13:32", "Thứ Hai, 15/04/2024, 08:05 (GMT+7)", "Cập nhật lúc 08:05, 15/04/2024",
 * "Ngày đăng: 15/04/2024", "15-4-2024", "Ngày 15 tháng 4 năm 2024", with or without the weekday and
 * seconds, time before or after the date, "13h32" for the time. The line must be a date line and
 * nothing else (a few numbers after it, the view count and comments of some portals, are handed
 * back): a date inside a sentence is not a publication date.
 *
 * Times are Vietnam's wall clock (UTC+7, no daylight saving since 1975), whatever the machine's time
 * zone: the instant is computed in UTC, never with the local-time Date constructor.
 */

export interface PortalDate {
  date: Date;
  hasTime: boolean;
  /** What the label said: a publication or an update ("Cập nhật lúc …"); unknown without a label. */
  label: 'published' | 'updated' | 'unknown';
  /** What followed the date and time on the line, trimmed ("405 0", "| Lượt xem: 1.204"). */
  rest: string;
}

const vietnamOffsetHours = 7;

const publishedLabel =
  /^(?:ngày\s+đăng|đăng\s+(?:lúc|ngày|tải|tin)|ngày\s+xuất\s+bản|xuất\s+bản|thời\s+gian(?:\s+đăng)?|ngày\s+viết|posted|published)(?:\s+(?:lúc|ngày|on|at))?\s*:?\s*/iu;
const updatedLabel = /^(?:ngày\s+cập\s+nhật|cập\s+nhật|updated?)(?:\s+(?:lúc|ngày|on|at))?\s*:?\s*/iu;
const weekday = /^(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|t[2-7]|cn)\s*[,-]?\s*/iu;
const zone = /\s*\(?\s*(?:gmt|utc)\s*\+\s*0?7(?::?00)?\s*\)?|\s+ict\b/giu;

/** Day, separator, month, the same separator, year; `sep` is the separator group's number in the whole pattern. */
const numericDate = (sep: number) => String.raw`(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*` + `\\${sep}` + String.raw`\s*(\d{4})`;
const wordedDate = String.raw`(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|\s)\s*(?:năm\s+)?(\d{4})`;
const time = String.raw`(\d{1,2})\s*[:h]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*(?:phút|'))?`;
const between = String.raw`\s*(?:[-–,|]|lúc|\s)\s*(?:lúc\s+)?`;

const timeFirst = new RegExp(`^${time}${between}(?:ngày\\s+)?(?:${numericDate(5)}|${wordedDate})(.*)$`, 'iu');
const dateFirst = new RegExp(`^(?:${numericDate(2)}|${wordedDate})(?:${between}${time})?(.*)$`, 'iu');

/**
 * Reads one line as a portal's date line; null when it is not one, or names no real date or time
 * ("31/02/2024", "25:10").
 */
export function parsePortalDate(line: string): PortalDate | null {
  let text = line.normalize('NFC').replace(/\s+/g, ' ').trim();
  let label: PortalDate['label'] = 'unknown';
  // Weekday and label come in either order: "Thứ Hai, ngày 15/04/2024", "Cập nhật: Thứ Hai, 15/04/2024".
  for (let i = 0; i < 2; i++) {
    text = text.replace(weekday, '');
    if (updatedLabel.test(text)) {
      label = 'updated';
      text = text.replace(updatedLabel, '');
    } else if (publishedLabel.test(text)) {
      label = 'published';
      text = text.replace(publishedLabel, '');
    }
  }
  text = text.replace(zone, '').trim();

  let parts: {
    day: string;
    month: string;
    year: string;
    hour: string | undefined;
    minute: string | undefined;
    second: string | undefined;
    rest: string;
  } | null = null;
  const tf = timeFirst.exec(text);
  if (tf) {
    parts = {
      hour: tf[1],
      minute: tf[2],
      second: tf[3],
      day: tf[4] ?? tf[8]!,
      month: tf[6] ?? tf[9]!,
      year: tf[7] ?? tf[10]!,
      rest: tf[11] ?? '',
    };
  } else {
    const df = dateFirst.exec(text);
    if (df) {
      parts = {
        day: df[1] ?? df[5]!,
        month: df[3] ?? df[6]!,
        year: df[4] ?? df[7]!,
        hour: df[8],
        minute: df[9],
        second: df[10],
        rest: df[11] ?? '',
      };
    }
  }
  if (!parts) return null;
  const rest = parts.rest.replace(zone, '').trim();
  // Something other than numbers or a labelled count after the date makes it a sentence.
  if (rest !== '' && !/^(?:[|·•-]\s*)?(?:[\d.\s]+|(?:lượt|số lượt)\s.*)$/iu.test(rest)) return null;
  const [day, month, year] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  const hasTime = parts.hour !== undefined;
  const [hour, minute, second] = [Number(parts.hour ?? 0), Number(parts.minute ?? 0), Number(parts.second ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (calendarDay.getUTCFullYear() !== year || calendarDay.getUTCMonth() !== month - 1 || calendarDay.getUTCDate() !== day) return null;
  return { date: new Date(Date.UTC(year, month - 1, day, hour - vietnamOffsetHours, minute, second)), hasTime, label, rest };
}
