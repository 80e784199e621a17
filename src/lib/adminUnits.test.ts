import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nationalDistricts, nationalProvinces, provincePhrase, searchDistricts, since2025Note, withoutToneMarks } from './adminUnits.ts';
import { districtSchema } from './schema.ts';

describe('nationalDistricts', () => {
  const all = nationalDistricts();

  it('holds the 696 district-level units of the 63 provinces, each a valid districts.yaml entry with a unique id', () => {
    expect(all).toHaveLength(696);
    expect(nationalProvinces()).toHaveLength(63);
    expect(new Set(all.map((d) => d.id)).size).toBe(696);
    for (const d of all)
      expect(districtSchema.safeParse({ id: d.id, name: d.name, province: d.province, kind: d.kind, since2025: d.since2025 }).success).toBe(
        true,
      );
  });

  it('names a district "<district>-<province>" and gives its kind and both names', () => {
    const canGiuoc = all.find((d) => d.id === 'can-giuoc-long-an');
    expect(canGiuoc).toMatchObject({
      name: { vi: 'Cần Giuộc', en: 'Can Giuoc' },
      province: { vi: 'Long An', en: 'Long An' },
      kind: 'huyện',
    });
    expect(canGiuoc?.provinceSince2025.vi).toBe('Tây Ninh');
    expect(canGiuoc?.communes).toContain('Phước Lý');
  });

  it('keeps the ten Châu Thành apart by province, and a town sharing a rural district’s name and province apart by kind', () => {
    expect(all.filter((d) => d.name.vi === 'Châu Thành')).toHaveLength(10);
    expect(all.filter((d) => d.name.vi === 'Phú Tân').map((d) => d.id)).toEqual(['phu-tan-an-giang', 'phu-tan-ca-mau']);
    expect(all.filter((d) => d.name.vi === 'Cai Lậy').map((d) => [d.id, d.kind])).toEqual([
      ['thi-xa-cai-lay-tien-giang', 'thị xã'],
      ['cai-lay-tien-giang', 'huyện'],
    ]);
  });

  it('agrees with the ids and since2025 notes the site already has for the merged provinces', () => {
    const site = parse(readFileSync('content/districts.yaml', 'utf8')) as { id: string; since2025: { vi: string } }[];
    const ids = new Set(all.map((d) => d.id));
    for (const d of site) expect(ids.has(d.id), d.id).toBe(true);
    const socTrang = all.find((d) => d.id === 'chau-thanh-soc-trang')!;
    expect(socTrang.since2025.vi).toBe(
      'Từ ngày 1/7/2025 không còn cấp huyện; tỉnh Sóc Trăng (cùng tỉnh Hậu Giang) sáp nhập vào thành phố Cần Thơ.',
    );
    expect(socTrang.since2025.en).toBe(
      'Districts were abolished on 1 July 2025; Soc Trang province (with Hau Giang) merged into Can Tho city.',
    );
  });
});

describe('since2025Note', () => {
  it('says which province took the area in, the provinces merged with it, or that the province was not merged', () => {
    expect(since2025Note('Long An', 'Tây Ninh', ['Long An', 'Tây Ninh']).vi).toBe(
      'Từ ngày 1/7/2025 không còn cấp huyện; tỉnh Long An sáp nhập vào tỉnh Tây Ninh.',
    );
    expect(since2025Note('Vĩnh Long', 'Vĩnh Long', ['Bến Tre', 'Vĩnh Long', 'Trà Vinh']).vi).toBe(
      'Từ ngày 1/7/2025 không còn cấp huyện; địa bàn thuộc tỉnh Vĩnh Long (tỉnh Bến Tre và tỉnh Trà Vinh sáp nhập vào tỉnh Vĩnh Long).',
    );
    expect(since2025Note('Cà Mau', 'Cà Mau', ['Cà Mau', 'Bạc Liêu']).en).toBe(
      'Districts were abolished on 1 July 2025; the area is in Ca Mau province, which Bac Lieu province merged into.',
    );
    expect(since2025Note('Nghệ An', 'Nghệ An', ['Nghệ An']).en).toBe(
      'Districts were abolished on 1 July 2025; the area is in Nghe An province, which was not merged.',
    );
  });

  it('names a centrally-run city as a city', () => {
    expect(provincePhrase('Cần Thơ')).toEqual({ vi: 'thành phố Cần Thơ', en: 'Can Tho city' });
    expect(provincePhrase('Hồ Chí Minh')).toEqual({ vi: 'thành phố Hồ Chí Minh', en: 'Ho Chi Minh City' });
  });
});

describe('withoutToneMarks', () => {
  it('drops tone marks and writes đ as d', () => {
    expect(withoutToneMarks('Đắk Lắk')).toBe('Dak Lak');
    expect(withoutToneMarks('Cồn Cỏ')).toBe('Con Co');
  });
});

describe('searchDistricts', () => {
  const all = nationalDistricts();
  const ids = (q: string) => searchDistricts(q, all).map((d) => d.id);

  it('finds a district by its name, with or without tone marks and kind word', () => {
    expect(ids('Cần Giuộc')).toEqual(['can-giuoc-long-an']);
    expect(ids('can giuoc')).toEqual(['can-giuoc-long-an']);
    expect(ids('huyện Cần Giuộc')).toEqual(['can-giuoc-long-an']);
  });

  it('lists every district of a shared name, and one when the province is typed too', () => {
    const chauThanh = searchDistricts('Châu Thành', all);
    expect(chauThanh.slice(0, 10).every((d) => d.name.vi === 'Châu Thành')).toBe(true);
    expect(chauThanh.slice(10).map((d) => d.id)).toEqual(['chau-thanh-a-hau-giang']);
    expect(ids('Châu Thành, Long An')).toEqual(['chau-thanh-long-an']);
    expect(ids('phu tan ca mau')).toEqual(['phu-tan-ca-mau']);
  });

  it('puts exact names before names that only start with the text, and finds an id', () => {
    expect(ids('Tân Phú')[0]).toMatch(/^tan-phu-/);
    expect(ids('tan-tru-long-an')).toEqual(['tan-tru-long-an']);
    expect(ids('  ')).toEqual([]);
  });
});
