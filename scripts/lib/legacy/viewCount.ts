/**
 * The legacy portal's view count for the article. Vietnamese writes thousands with "." (and some
 * portals with a space): "Lượt xem: 2.315" is 2315. Site-wide statistics ("Hôm nay: 1482",
 * "Tất cả: 2268387") are not the article's and are never read here.
 */
const count = String.raw`(\d{1,3}(?:[.,\s]\d{3})+|\d+)`;
const label = String.raw`(?:số\s+)?(?:lượt\s+xem|lượt\s+đọc|lượt\s+truy\s+cập\s+bài|đã\s+xem|số\s+lần\s+xem|views?)`;
/** "Lượt xem: 1.204", "Lượt xem 1204", "Lượt đọc: 56", "Đã xem: 12.345 lượt". */
const labelFirst = new RegExp(`^${label}\\s*:?\\s*${count}\\s*(?:lượt)?$`, 'iu');
/** "1.204 lượt xem", "56 lượt đọc". */
const countFirst = new RegExp(`^${count}\\s+(?:lượt\\s+(?:xem|đọc)|views?)$`, 'iu');

export function readViewCount(lines: string[]): { views: number; index: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const m = labelFirst.exec(lines[i] ?? '') ?? countFirst.exec(lines[i] ?? '');
    if (m) return { views: parseVietnameseInteger(m[1] ?? ''), index: i };
  }
  return null;
}

/** "2.315" → 2315, "7 708" → 7708, "1,204" → 1204, "104" → 104 (a count has no decimals). */
export function parseVietnameseInteger(text: string): number {
  return Number(text.replace(/[.,\s]/g, ''));
}
