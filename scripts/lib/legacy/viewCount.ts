/**
 * The legacy portal's view count for the article. Vietnamese writes thousands with "." (and some
 * portals with a space): "Lượt xem: 2.315" is 2315. Site-wide statistics ("Hôm nay: 1482",
 * "Tất cả: 2268387") are not the article's and are never read here.
 */
const viewsLine = /^(?:số\s+)?(?:lượt\s+xem|lượt\s+đọc|đã\s+xem|views?)\s*:?\s*(\d{1,3}(?:[.\s]\d{3})+|\d+)\s*(?:lượt)?$/iu;

export function readViewCount(lines: string[]): { views: number; index: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const m = viewsLine.exec(lines[i] ?? '');
    if (m) return { views: parseVietnameseInteger(m[1] ?? ''), index: i };
  }
  return null;
}

/** "2.315" → 2315, "7 708" → 7708, "104" → 104. */
export function parseVietnameseInteger(text: string): number {
  return Number(text.replace(/[.\s]/g, ''));
}
