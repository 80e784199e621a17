/**
 * Portal chrome: everything on an exported page that is not the article. Two kinds:
 * - lines that are chrome wherever they appear (language bar, breadcrumb, share links);
 * - lines that start the page's furniture after the article (comments, rating, poll, visitor
 *   statistics, related news, "Tin nổi bật", the agency footer): from the first of these to the end,
 *   nothing is article text.
 * The chrome is kept aside rather than thrown away: the footer and breadcrumb name the portal's
 * district, which the district matcher uses.
 */

/** Lines that are chrome on their own. */
const chromeLine: RegExp[] = [
  /^tiếng việt\s*\|\s*english$/i,
  /^(english|tiếng việt)$/i,
  /^(trang chủ|home)\s*[>»/|›]/i,
  /^chi tiết tin( tức)?\b/i,
  /^(chia sẻ|chia sẻ bài viết|chia sẻ:?|share|in bài viết|in trang|bản in|gửi email|gửi bài viết|lưu bài viết|tweet|facebook|zalo)$/i,
  /^(cỡ chữ|font size)\b/i,
  /^(xem thêm|về đầu trang|quay lại|trở về)$/i,
];

/** Lines from which everything to the end of the export is page furniture. */
const endOfArticle: RegExp[] = [
  /^chia sẻ bài viết$/i,
  /^bình luận\b/i,
  /^ý kiến bạn đọc\b/i,
  /^gửi (bình luận|ý kiến)\b/i,
  /^tổng số điểm của bài viết\b/i,
  /^click để đánh giá\b/i,
  /^đánh giá bài viết\b/i,
  /^(tin|bài) (liên quan|cùng chuyên mục|khác|đã đưa)\b/i,
  /^các tin (khác|đã đưa|liên quan)\b/i,
  /^tin nổi bật$/i,
  /^tin (mới|xem nhiều)( nhất)?$/i,
  /^(số lượt truy cập|thống kê (lượt )?truy cập)\b/i,
  /^(đang online|đang truy cập)/i,
  /^bình chọn$/i,
  /^cơ quan chủ quản\b/i,
  /^bản quyền\b|^copyright\b|^©/i,
];

/**
 * A breadcrumb: "Trang chủ > Tin tức > Hoạt động huyện", "Tin tức » Kinh tế", "Trang chủ / Tin tức".
 * Its parts, or null. Three parts or more, or two starting at the home page, each a short label
 * starting with a capital, so a headline with a "/" or a date is never one.
 */
export function readBreadcrumb(line: string): string[] | null {
  const parts = line.split(/\s*[>»›/|]\s*/).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p === '' || p.split(/\s+/).length > 7 || !/^\p{Lu}/u.test(p) || /[.!?:;]$/u.test(p)))
    return null;
  const fromHome = /^(trang chủ|home|trang nhất)$/iu.test(parts[0]!);
  return fromHome || parts.length >= 3 ? parts : null;
}

export function isChromeLine(line: string): boolean {
  return chromeLine.some((re) => re.test(line)) || readBreadcrumb(line) !== null;
}

export function isEndOfArticle(line: string): boolean {
  return endOfArticle.some((re) => re.test(line));
}

/** Splits the lines into the article part and the chrome (top chrome lines and the furniture after). */
export function removeChrome(lines: string[]): { article: string[]; chrome: string[] } {
  const end = lines.findIndex((line, i) => i > 0 && isEndOfArticle(line));
  const body = end < 0 ? lines : lines.slice(0, end);
  const tail = end < 0 ? [] : lines.slice(end);
  return { article: body.filter((l) => !isChromeLine(l)), chrome: [...body.filter(isChromeLine), ...tail] };
}
