import { describe, expect, it } from 'vitest';
import { nationalDistricts } from '../../../src/lib/adminUnits.ts';
import { findDistrictInText, foldPlaceText } from './districtInText.ts';

const places = nationalDistricts();
const find = (headline: string, body = '', chrome = '') => findDistrictInText({ headline, body, chrome }, places);
const id = (headline: string, body = '', chrome = '') => {
  const m = find(headline, body, chrome);
  return m.kind === 'matched' ? m.district.id : m.kind === 'ambiguous' ? m.candidates.map((d) => d.id) : null;
};

describe('findDistrictInText', () => {
  it.each([
    ['Huyện Cần Giuộc ra quân xây dựng nông thôn mới', 'can-giuoc-long-an'],
    ['Thị xã Kiến Tường phát động thi đua', 'kien-tuong-long-an'],
    ['TP. Tân An tổng kết năm 2024', 'tan-an-long-an'],
    ['Thành phố Cà Mau đón nhận huân chương', 'ca-mau-ca-mau'],
    ['Quận Ba Đình tổ chức hội nghị', 'ba-dinh-ha-noi'],
    ['Huyện đảo Cồn Cỏ đón đoàn công tác', 'con-co-quang-tri'],
    ['HUYỆN CẦN GIUỘC RA QUÂN', 'can-giuoc-long-an'],
  ])('names the district of "%s"', (headline, expected) => {
    expect(id(headline)).toBe(expected);
  });

  it('reads the portal’s breadcrumb and its footer, in capitals too', () => {
    expect(id('Hội nghị', 'trên địa bàn huyện Châu Thành', 'Cơ quan chủ quản: UBND HUYỆN CHÂU THÀNH - TỈNH SÓC TRĂNG')).toBe(
      'chau-thanh-soc-trang',
    );
    expect(id('Hội nghị', 'đảo Chợ Lách', 'Chi tiết tin tức - Huyện Chợ Lách')).toBe('cho-lach-ben-tre');
  });

  it('reads the district from the body when the headline does not name it', () => {
    expect(id('Ra quân xây dựng nông thôn mới', 'Sáng nay, UBND huyện Tân Trụ tổ chức lễ ra quân.')).toBe('tan-tru-long-an');
  });

  it('tells the ten Châu Thành apart by the province the text names', () => {
    expect(id('Huyện Châu Thành phát động thi đua', 'Huyện Châu Thành, tỉnh Long An tổ chức hội nghị.')).toBe('chau-thanh-long-an');
    expect(id('Châu Thành: hội nghị', 'UBND huyện Châu Thành (Sóc Trăng) tổ chức hội nghị.')).toBe('chau-thanh-soc-trang');
    expect(id('Huyện Châu Thành phát động thi đua')).toHaveLength(10);
  });

  it('tells Phú Tân in An Giang from Phú Tân in Cà Mau', () => {
    expect(id('Huyện Phú Tân tổng kết', 'Huyện Phú Tân, tỉnh Cà Mau')).toBe('phu-tan-ca-mau');
    expect(id('Huyện Phú Tân tổng kết', 'Huyện Phú Tân, tỉnh An Giang')).toBe('phu-tan-an-giang');
    expect(id('Huyện Phú Tân tổng kết')).toEqual(['phu-tan-an-giang', 'phu-tan-ca-mau']);
  });

  it('uses a commune to tell homonyms apart when no province is named', () => {
    expect(id('Huyện Châu Thành ra quân', 'Lễ ra quân tại xã Phú Tâm.')).toBe('chau-thanh-soc-trang');
  });

  it('takes the kind word into account: thị xã and huyện Cai Lậy are two units', () => {
    expect(id('Thị xã Cai Lậy tổng kết')).toBe('thi-xa-cai-lay-tien-giang');
    expect(id('Huyện Cai Lậy tổng kết')).toBe('cai-lay-tien-giang');
  });

  it('gives the most-named district, the headline counting three times', () => {
    expect(id('Huyện Cần Giuộc ra quân', 'Đoàn công tác huyện Tân Trụ đến dự.')).toBe('can-giuoc-long-an');
  });

  it('takes a commune alone as a hint, never as proof, and a text without places as nothing', () => {
    const m = find('Ra quân tại xã Phước Lý', 'Tỉnh Long An');
    expect(m.kind).toBe('ambiguous');
    expect(m.kind === 'ambiguous' && m.candidates.map((d) => d.id)).toContain('can-giuoc-long-an');
    expect(find('Hội nghị tổng kết năm').kind).toBe('none');
  });

  it('never takes a province for a district of the same name', () => {
    expect(id('Tỉnh Quảng Trị tổng kết', '')).toBeNull();
    expect(id('Thị xã Quảng Trị tổng kết')).toBe('quang-tri-quang-tri');
  });

  it('reads names with an apostrophe however it is typed, and names the published list spells with a stray space', () => {
    expect(id("Huyện Ia H' Drai ra quân")).toBe('ia-h-drai-kon-tum');
    expect(id('Huyện Ia H’Drai ra quân')).toBe('ia-h-drai-kon-tum');
    expect(id("Huyện Cư M'gar tổng kết")).toBe('cu-m-gar-dak-lak');
    expect(id('Huyện Vũng Liêm tổng kết')).toBe('vung-liem-vinh-long');
  });

  it('reads both spellings of hòa/hoà and thủy/thuỷ', () => {
    expect(foldPlaceText('Hoà Thành')).toBe(foldPlaceText('Hòa Thành'));
    expect(foldPlaceText('Thuỷ Nguyên')).toBe(foldPlaceText('Thủy Nguyên'));
    expect(id('Thị xã Hoà Thành ra quân')).toBe('hoa-thanh-tay-ninh');
    expect(id('Thị xã Hòa Thành ra quân')).toBe('hoa-thanh-tay-ninh');
  });
});
