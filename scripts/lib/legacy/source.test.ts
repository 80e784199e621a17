import { describe, expect, it } from 'vitest';
import { portalName, splitSourcePrefix } from './source.ts';

const chauThanh = {
  id: 'chau-thanh-soc-trang',
  name: { vi: 'Châu Thành', en: 'Chau Thanh' },
  province: { vi: 'Sóc Trăng', en: 'Soc Trang' },
  kind: 'huyện' as const,
};
const conCo = {
  id: 'con-co-quang-tri',
  name: { vi: 'Cồn Cỏ', en: 'Con Co' },
  province: { vi: 'Quảng Trị', en: 'Quang Tri' },
  kind: 'huyện' as const,
};

describe('splitSourcePrefix', () => {
  it('strips a newspaper abbreviation and names the ones we know', () => {
    expect(splitSourcePrefix('BDK - Sau 3 năm phát động…')).toEqual({
      lede: 'Sau 3 năm phát động…',
      abbreviation: 'BDK',
      name: 'Báo Đồng Khởi',
    });
    expect(splitSourcePrefix('XYZ - Sáng nay…')).toEqual({ lede: 'Sáng nay…', abbreviation: 'XYZ' });
    expect(splitSourcePrefix('Đảng bộ, chính quyền và Nhân dân…')).toEqual({ lede: 'Đảng bộ, chính quyền và Nhân dân…' });
  });
});

describe('portalName', () => {
  it('names the portal from its footer or breadcrumb, for the matched district only', () => {
    expect(portalName(['Cơ quan chủ quản: Y BAN NHÂN DÂN HUYỆN CHÂU THÀNH - TỈNH SÓC TRĂNG'], chauThanh)).toBe(
      'Cổng thông tin điện tử UBND huyện Châu Thành (tỉnh Sóc Trăng)',
    );
    expect(portalName(['Chi tiết tin tức - Huyện Cồn Cỏ'], conCo)).toBe('Cổng thông tin điện tử huyện Cồn Cỏ');
    expect(portalName(['Chi tiết tin tức - Huyện Cồn Cỏ'], chauThanh)).toBeUndefined();
    expect(portalName([], undefined)).toBeUndefined();
  });
});
