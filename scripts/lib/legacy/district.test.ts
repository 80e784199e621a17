import { describe, expect, it } from 'vitest';
import { matchDistrict, placeholderDistrictId } from './district.ts';

const d = (id: string, vi: string, province: string) => ({
  id,
  name: { vi, en: vi },
  province: { vi: province, en: province },
  kind: 'huyện' as const,
});
const districts = [
  d('tan-tru-long-an', 'Tân Trụ', 'Long An'),
  d('cho-lach-ben-tre', 'Chợ Lách', 'Bến Tre'),
  d('chau-thanh-soc-trang', 'Châu Thành', 'Sóc Trăng'),
];

describe('matchDistrict', () => {
  it('matches "huyện X, tỉnh Y" in the text', () => {
    expect(matchDistrict('Nhân dân huyện Tân Trụ, tỉnh Long An', '', districts)).toMatchObject({
      kind: 'matched',
      district: { id: 'tan-tru-long-an' },
    });
  });
  it('matches a unique name without its province, from the text or the breadcrumb', () => {
    expect(matchDistrict('Huyện ủy Chợ Lách phát động; huyện Chợ Lách', '', districts)).toMatchObject({
      kind: 'matched',
      district: { id: 'cho-lach-ben-tre' },
    });
    expect(matchDistrict('đảo Chợ Lách', 'Chi tiết tin tức - Huyện Chợ Lách', districts)).toMatchObject({ kind: 'matched' });
  });
  it('matches a shared name only with its province, which the footer may give in capitals', () => {
    expect(
      matchDistrict('trên địa bàn huyện Châu Thành', 'Cơ quan chủ quản: UBND HUYỆN CHÂU THÀNH - TỈNH SÓC TRĂNG', districts),
    ).toMatchObject({
      kind: 'matched',
      district: { id: 'chau-thanh-soc-trang' },
    });
    expect(matchDistrict('trên địa bàn huyện Châu Thành', '', districts)).toEqual({ kind: 'unknown', named: { name: 'Châu Thành' } });
  });
  it('reports two districts of the same name as ambiguous', () => {
    const two = [...districts, d('chau-thanh-long-an', 'Châu Thành', 'Long An')];
    const match = matchDistrict('huyện Châu Thành', '', two);
    expect(match.kind).toBe('ambiguous');
  });
  it('names a district that is not in districts.yaml, for the review list', () => {
    expect(matchDistrict('Tại huyện Cần Đước, tỉnh Long An, hội nghị…', '', districts)).toEqual({
      kind: 'unknown',
      named: { name: 'Cần Đước', province: 'Long An' },
    });
    expect(matchDistrict('Hội nghị sơ kết.', '', districts)).toEqual({ kind: 'unknown' });
  });
});

it('placeholderDistrictId', () => {
  expect(placeholderDistrictId({ name: 'Cần Đước', province: 'Long An' })).toBe('can-duoc-long-an');
  expect(placeholderDistrictId(undefined)).toBe('chua-xac-dinh');
});
