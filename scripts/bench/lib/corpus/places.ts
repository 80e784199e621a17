import { slugify } from '../../../../src/lib/slug.ts';
import { withoutToneMarks } from '../../../lib/issuers.ts';

/**
 * The synthetic archive's places: 20 provinces with 3 districts each, as they were before the 2025
 * reform. The names are real, and several repeat across provinces as they do in life ("Châu Thành"
 * in five provinces here, "Phú Tân" in two, "Quảng Ninh" is both a province and a district of Quảng
 * Bình), so the site's "always show the province" rule is exercised.
 */

export type DistrictKind = 'huyện' | 'thị xã' | 'thành phố';

export interface Bilingual {
  vi: string;
  en: string;
}

/** One district in the shape of content/districts.yaml. */
export interface CorpusDistrict {
  id: string;
  name: Bilingual;
  province: Bilingual;
  kind: DistrictKind;
  since2025?: Bilingual;
}

type DistrictRow = readonly [name: string, kind: DistrictKind];

const provinces: readonly { province: string; districts: readonly DistrictRow[] }[] = [
  {
    province: 'Long An',
    districts: [
      ['Tân Trụ', 'huyện'],
      ['Châu Thành', 'huyện'],
      ['Cần Giuộc', 'huyện'],
    ],
  },
  {
    province: 'Tiền Giang',
    districts: [
      ['Châu Thành', 'huyện'],
      ['Cái Bè', 'huyện'],
      ['Gò Công', 'thị xã'],
    ],
  },
  {
    province: 'Bến Tre',
    districts: [
      ['Châu Thành', 'huyện'],
      ['Chợ Lách', 'huyện'],
      ['Mỏ Cày Nam', 'huyện'],
    ],
  },
  {
    province: 'Trà Vinh',
    districts: [
      ['Châu Thành', 'huyện'],
      ['Cầu Kè', 'huyện'],
      ['Tiểu Cần', 'huyện'],
    ],
  },
  {
    province: 'Sóc Trăng',
    districts: [
      ['Châu Thành', 'huyện'],
      ['Mỹ Xuyên', 'huyện'],
      ['Kế Sách', 'huyện'],
    ],
  },
  {
    province: 'An Giang',
    districts: [
      ['Phú Tân', 'huyện'],
      ['Chợ Mới', 'huyện'],
      ['Tịnh Biên', 'thị xã'],
    ],
  },
  {
    province: 'Cà Mau',
    districts: [
      ['Phú Tân', 'huyện'],
      ['Đầm Dơi', 'huyện'],
      ['Năm Căn', 'huyện'],
    ],
  },
  {
    province: 'Đồng Tháp',
    districts: [
      ['Tháp Mười', 'huyện'],
      ['Lấp Vò', 'huyện'],
      ['Sa Đéc', 'thành phố'],
    ],
  },
  {
    province: 'Vĩnh Long',
    districts: [
      ['Long Hồ', 'huyện'],
      ['Tam Bình', 'huyện'],
      ['Bình Minh', 'thị xã'],
    ],
  },
  {
    province: 'Hậu Giang',
    districts: [
      ['Phụng Hiệp', 'huyện'],
      ['Vị Thủy', 'huyện'],
      ['Ngã Bảy', 'thành phố'],
    ],
  },
  {
    province: 'Kiên Giang',
    districts: [
      ['Giồng Riềng', 'huyện'],
      ['An Biên', 'huyện'],
      ['Phú Quốc', 'thành phố'],
    ],
  },
  {
    province: 'Bạc Liêu',
    districts: [
      ['Hồng Dân', 'huyện'],
      ['Phước Long', 'huyện'],
      ['Giá Rai', 'thị xã'],
    ],
  },
  {
    province: 'Tây Ninh',
    districts: [
      ['Gò Dầu', 'huyện'],
      ['Tân Biên', 'huyện'],
      ['Hòa Thành', 'thị xã'],
    ],
  },
  {
    province: 'Bình Dương',
    districts: [
      ['Bàu Bàng', 'huyện'],
      ['Dầu Tiếng', 'huyện'],
      ['Phú Giáo', 'huyện'],
    ],
  },
  {
    province: 'Đồng Nai',
    districts: [
      ['Long Thành', 'huyện'],
      ['Nhơn Trạch', 'huyện'],
      ['Định Quán', 'huyện'],
    ],
  },
  {
    province: 'Quảng Trị',
    districts: [
      ['Cồn Cỏ', 'huyện'],
      ['Hải Lăng', 'huyện'],
      ['Vĩnh Linh', 'huyện'],
    ],
  },
  {
    province: 'Quảng Bình',
    districts: [
      ['Bố Trạch', 'huyện'],
      ['Quảng Ninh', 'huyện'],
      ['Lệ Thủy', 'huyện'],
    ],
  },
  {
    province: 'Thừa Thiên Huế',
    districts: [
      ['Phú Lộc', 'huyện'],
      ['Phong Điền', 'huyện'],
      ['Quảng Điền', 'huyện'],
    ],
  },
  {
    province: 'Quảng Nam',
    districts: [
      ['Duy Xuyên', 'huyện'],
      ['Thăng Bình', 'huyện'],
      ['Điện Bàn', 'thị xã'],
    ],
  },
  {
    province: 'Nghệ An',
    districts: [
      ['Nghi Lộc', 'huyện'],
      ['Diễn Châu', 'huyện'],
      ['Quỳnh Lưu', 'huyện'],
    ],
  },
];

/**
 * Where a province went in the 2025 merger, only for the provinces DOMAIN.md records as fact. The
 * synthetic districts say nothing about communes: that mapping is never invented.
 */
const provinceMergers: Readonly<Record<string, Bilingual>> = {
  'Long An': { vi: 'tỉnh Long An sáp nhập vào tỉnh Tây Ninh', en: 'Long An province merged into Tay Ninh province' },
  'Bến Tre': { vi: 'tỉnh Bến Tre sáp nhập vào tỉnh Vĩnh Long', en: 'Ben Tre province merged into Vinh Long province' },
  'Trà Vinh': { vi: 'tỉnh Trà Vinh sáp nhập vào tỉnh Vĩnh Long', en: 'Tra Vinh province merged into Vinh Long province' },
  'Sóc Trăng': { vi: 'tỉnh Sóc Trăng sáp nhập vào thành phố Cần Thơ', en: 'Soc Trang province merged into Can Tho city' },
  'Hậu Giang': { vi: 'tỉnh Hậu Giang sáp nhập vào thành phố Cần Thơ', en: 'Hau Giang province merged into Can Tho city' },
  'Quảng Bình': { vi: 'tỉnh Quảng Bình sáp nhập vào tỉnh Quảng Trị', en: 'Quang Binh province merged into Quang Tri province' },
};

export const provinceNames: readonly string[] = provinces.map((p) => p.province);

/** The 60 districts, in a fixed order (province by province). */
export function corpusDistricts(): CorpusDistrict[] {
  return provinces.flatMap(({ province, districts }) =>
    districts.map(([name, kind]): CorpusDistrict => {
      const merger = provinceMergers[province];
      return {
        id: `${slugify(name)}-${slugify(province)}`,
        name: { vi: name, en: withoutToneMarks(name) },
        province: { vi: province, en: withoutToneMarks(province) },
        kind,
        ...(merger
          ? {
              since2025: {
                vi: `Từ ngày 1/7/2025 không còn cấp huyện; ${merger.vi}.`,
                en: `Districts were abolished on 1 July 2025; ${merger.en}.`,
              },
            }
          : {}),
      };
    }),
  );
}

/** Words for a district's kind in running text: "huyện" / "district". */
export const kindWords: Readonly<Record<DistrictKind, Bilingual>> = {
  huyện: { vi: 'huyện', en: 'district' },
  'thị xã': { vi: 'thị xã', en: 'town' },
  'thành phố': { vi: 'thành phố', en: 'city' },
};

/** The district's Party committee: Huyện ủy (HU), Thị ủy or Thành ủy (ThU). */
export function partyCommittee(kind: DistrictKind): { vi: string; code: 'HU' | 'ThU' } {
  if (kind === 'huyện') return { vi: 'Huyện ủy', code: 'HU' };
  return { vi: kind === 'thị xã' ? 'Thị ủy' : 'Thành ủy', code: 'ThU' };
}
