import type { Lang } from '../i18n/locales.ts';
import { foldForSearch } from './searchFold.ts';

/**
 * Which province each of the 63 provinces became part of on 1 July 2025 (National Assembly
 * Resolution 202/2025/QH15: 63 provinces merged into 34). Copied from the General Statistics
 * Office's list of 1 March 2025 (`provinceFrom2025` in the project's shared administrative-units
 * data); that list names only Vietnamese spellings, and the site prints place names with their
 * tone marks in both languages (src/lib/placeNames.ts).
 */
const successors: readonly (readonly [province: string, since2025: string])[] = [
  ['Hà Nội', 'Hà Nội'],
  ['Hà Giang', 'Tuyên Quang'],
  ['Cao Bằng', 'Cao Bằng'],
  ['Bắc Kạn', 'Thái Nguyên'],
  ['Tuyên Quang', 'Tuyên Quang'],
  ['Lào Cai', 'Lào Cai'],
  ['Điện Biên', 'Điện Biên'],
  ['Lai Châu', 'Lai Châu'],
  ['Sơn La', 'Sơn La'],
  ['Yên Bái', 'Lào Cai'],
  ['Hoà Bình', 'Phú Thọ'],
  ['Thái Nguyên', 'Thái Nguyên'],
  ['Lạng Sơn', 'Lạng Sơn'],
  ['Quảng Ninh', 'Quảng Ninh'],
  ['Bắc Giang', 'Bắc Ninh'],
  ['Phú Thọ', 'Phú Thọ'],
  ['Vĩnh Phúc', 'Phú Thọ'],
  ['Bắc Ninh', 'Bắc Ninh'],
  ['Hải Dương', 'Hải Phòng'],
  ['Hải Phòng', 'Hải Phòng'],
  ['Hưng Yên', 'Hưng Yên'],
  ['Thái Bình', 'Hưng Yên'],
  ['Hà Nam', 'Ninh Bình'],
  ['Nam Định', 'Ninh Bình'],
  ['Ninh Bình', 'Ninh Bình'],
  ['Thanh Hóa', 'Thanh Hóa'],
  ['Nghệ An', 'Nghệ An'],
  ['Hà Tĩnh', 'Hà Tĩnh'],
  ['Quảng Bình', 'Quảng Trị'],
  ['Quảng Trị', 'Quảng Trị'],
  ['Huế', 'Huế'],
  ['Đà Nẵng', 'Đà Nẵng'],
  ['Quảng Nam', 'Đà Nẵng'],
  ['Quảng Ngãi', 'Quảng Ngãi'],
  ['Bình Định', 'Gia Lai'],
  ['Phú Yên', 'Đắk Lắk'],
  ['Khánh Hòa', 'Khánh Hòa'],
  ['Ninh Thuận', 'Khánh Hòa'],
  ['Bình Thuận', 'Lâm Đồng'],
  ['Kon Tum', 'Quảng Ngãi'],
  ['Gia Lai', 'Gia Lai'],
  ['Đắk Lắk', 'Đắk Lắk'],
  ['Đắk Nông', 'Lâm Đồng'],
  ['Lâm Đồng', 'Lâm Đồng'],
  ['Bình Phước', 'Đồng Nai'],
  ['Tây Ninh', 'Tây Ninh'],
  ['Bình Dương', 'Hồ Chí Minh'],
  ['Đồng Nai', 'Đồng Nai'],
  ['Bà Rịa - Vũng Tàu', 'Hồ Chí Minh'],
  ['Hồ Chí Minh', 'Hồ Chí Minh'],
  ['Long An', 'Tây Ninh'],
  ['Tiền Giang', 'Đồng Tháp'],
  ['Bến Tre', 'Vĩnh Long'],
  ['Trà Vinh', 'Vĩnh Long'],
  ['Vĩnh Long', 'Vĩnh Long'],
  ['Đồng Tháp', 'Đồng Tháp'],
  ['An Giang', 'An Giang'],
  ['Kiên Giang', 'An Giang'],
  ['Cần Thơ', 'Cần Thơ'],
  ['Hậu Giang', 'Cần Thơ'],
  ['Sóc Trăng', 'Cần Thơ'],
  ['Bạc Liêu', 'Cà Mau'],
  ['Cà Mau', 'Cà Mau'],
];

/** The provinces that are centrally governed cities (thành phố trực thuộc Trung ương), before and after the reform alike. */
const cities = new Set(['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']);

// Looked up without marks or case: "Hoà Bình" (old-style tone placement, as the list spells it)
// and "Hòa Bình" are one province.
const byKey = new Map(successors.map(([province, since2025]) => [foldForSearch(province), since2025]));

export interface ProvinceSuccessor {
  /** Vietnamese spelling, e.g. "Tây Ninh". */
  name: string;
  /** A centrally governed city (Cần Thơ, Huế…) rather than a province. */
  city: boolean;
  /** The province kept its own name (it absorbed others, or was not merged). */
  unchanged: boolean;
}

/** The province a pre-2025 province belongs to since 1 July 2025; undefined for a name not in the list. */
export function provinceSuccessor(province: string): ProvinceSuccessor | undefined {
  const name = byKey.get(foldForSearch(province));
  if (!name) return undefined;
  return { name, city: cities.has(name), unchanged: foldForSearch(name) === foldForSearch(province) };
}

/** "tỉnh Tây Ninh" / "Tây Ninh province", "thành phố Cần Thơ" / "Cần Thơ city". */
export function successorLabel(successor: ProvinceSuccessor, lang: Lang): string {
  if (lang === 'vi') return `${successor.city ? 'thành phố' : 'tỉnh'} ${successor.name}`;
  // The city's English name is a fixed form, as the other cities' are not.
  if (successor.name === 'Hồ Chí Minh') return 'Hồ Chí Minh City';
  return `${successor.name} ${successor.city ? 'city' : 'province'}`;
}
