import type { District } from '../readContent.ts';

/**
 * Who published the article. Newspapers put their abbreviation before the lede ("BDK - Sau 3
 * năm…"); only abbreviations we have seen and checked are named, others go to review.
 */
const newspapers: Record<string, string> = {
  BDK: 'Báo Đồng Khởi',
};

/** Strips a newspaper's "ABC - " from the start of the lede. */
export function splitSourcePrefix(lede: string): { lede: string; abbreviation?: string; name?: string } {
  const m = /^([A-ZĐ]{2,6})\s*[-–]\s+(.+)$/u.exec(lede);
  if (!m) return { lede };
  const abbreviation = m[1] ?? '';
  const name = newspapers[abbreviation];
  return { lede: m[2] ?? lede, abbreviation, ...(name ? { name } : {}) };
}

/**
 * The portal, from its own chrome: a footer "Cơ quan chủ quản: UBND huyện …" (the district People's
 * Committee runs it) or a breadcrumb/title suffix "… - Huyện Cồn Cỏ" (the district's own portal).
 * Named only for the district the article was matched to, so the name is spelled as in districts.yaml.
 */
export function portalName(chrome: string[], district: District | undefined): string | undefined {
  if (!district) return undefined;
  const fold = (s: string) => s.normalize('NFC').toLowerCase();
  const name = fold(district.name.vi);
  const footer = chrome.find((l) => /^cơ quan chủ quản\s*:/iu.test(l));
  if (footer && fold(footer).includes(`huyện ${name}`) && /(ủy|uỷ|y) ban nhân dân|ubnd/iu.test(footer)) {
    return `Cổng thông tin điện tử UBND huyện ${district.name.vi} (tỉnh ${district.province.vi})`;
  }
  const crumb = chrome.find((l) => /\s-\s+huyện\s/iu.test(l));
  if (crumb && fold(crumb).endsWith(`huyện ${name}`)) return `Cổng thông tin điện tử huyện ${district.name.vi}`;
  return undefined;
}
