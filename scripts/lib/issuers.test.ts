import { describe, expect, it } from 'vitest';
import { parseDocNumber } from '../../src/lib/docNumber.ts';
import { issuerFromCode, issuerLevel, issuerPlaceId, namedIssuer, withoutToneMarks } from './issuers.ts';

const tanTru = {
  id: 'tan-tru-long-an',
  name: { vi: 'Tân Trụ', en: 'Tan Tru' },
  province: { vi: 'Long An', en: 'Long An' },
  kind: 'huyện' as const,
};
const choLach = {
  id: 'cho-lach-ben-tre',
  name: { vi: 'Chợ Lách', en: 'Cho Lach' },
  province: { vi: 'Bến Tre', en: 'Ben Tre' },
  kind: 'huyện' as const,
};

describe('namedIssuer', () => {
  it('completes a body named without its place with the article’s district', () => {
    expect(namedIssuer('Ban Chấp hành Đảng bộ huyện', tanTru)).toEqual({
      vi: 'Ban Chấp hành Đảng bộ huyện Tân Trụ',
      en: 'Tan Tru District Party Executive Committee',
      level: 'district',
      districtId: 'tan-tru-long-an',
    });
  });
  it('keeps a named place, and recognises the article’s own', () => {
    expect(namedIssuer('Ủy ban nhân dân huyện Tân Trụ', tanTru)?.districtId).toBe('tan-tru-long-an');
    expect(namedIssuer('UBND huyện Cần Đước', tanTru)).toEqual({
      vi: 'Ủy ban nhân dân huyện Cần Đước',
      en: "Can Duoc District People's Committee",
      level: 'district',
    });
  });
  it('names provincial and central bodies', () => {
    expect(namedIssuer('Ban Thường vụ Tỉnh ủy', choLach)).toEqual({
      vi: 'Ban Thường vụ Tỉnh ủy Bến Tre',
      en: 'Standing Board of the Ben Tre Provincial Party Committee',
      level: 'province',
    });
    expect(namedIssuer('Bộ Chính trị', choLach)).toEqual({ vi: 'Bộ Chính trị', en: 'Politburo', level: 'central' });
  });
  it('knows the same five bodies at district and province level', () => {
    const english = (phrases: string[]) => phrases.map((p) => namedIssuer(p, tanTru)?.en);
    expect(
      english(['Ban Chấp hành Đảng bộ huyện', 'Ban Thường vụ Huyện ủy', 'Huyện ủy', 'Ủy ban nhân dân huyện', 'Hội đồng nhân dân huyện']),
    ).toEqual([
      'Tan Tru District Party Executive Committee',
      'Standing Board of the Tan Tru District Party Committee',
      'Tan Tru District Party Committee',
      "Tan Tru District People's Committee",
      "Tan Tru District People's Council",
    ]);
    expect(english(['BCH Đảng bộ tỉnh', 'Ban Thường vụ Tỉnh ủy', 'Tỉnh ủy', 'UBND tỉnh', 'HĐND tỉnh'])).toEqual([
      'Long An Provincial Party Executive Committee',
      'Standing Board of the Long An Provincial Party Committee',
      'Long An Provincial Party Committee',
      "Long An Provincial People's Committee",
      "Long An Provincial People's Council",
    ]);
  });
  it('returns null for bodies it does not know', () => {
    expect(namedIssuer('Hội Nông dân', tanTru)).toBeNull();
  });
});

describe('issuerFromCode', () => {
  it('reads the issuer code of a number', () => {
    expect(issuerFromCode(parseDocNumber('08-NQ/HU')!, choLach)?.vi).toBe('Huyện ủy Chợ Lách');
    expect(issuerFromCode(parseDocNumber('09/NQ-HĐND')!, tanTru)?.en).toBe("Tan Tru District People's Council");
    expect(issuerFromCode(parseDocNumber('12/KH-BCĐ')!, tanTru)).toBeNull();
  });
});

describe('issuerLevel', () => {
  it('takes the level from the named body, else from the number’s code', () => {
    expect(issuerLevel(parseDocNumber('08-NQ/HU')!, undefined, undefined)).toBe('district');
    expect(issuerLevel(parseDocNumber('01-CT/TU')!, undefined, undefined)).toBe('province');
    expect(issuerLevel(parseDocNumber('05-CT/TW')!, undefined, undefined)).toBe('central');
    expect(issuerLevel(parseDocNumber('42/2022/NĐ-CP')!, undefined, undefined)).toBe('central');
    expect(issuerLevel(parseDocNumber('27/KH-UBND')!, undefined, undefined)).toBe('district');
    expect(issuerLevel(parseDocNumber('27/KH-UBND')!, 'Ủy ban nhân dân tỉnh', tanTru)).toBe('province');
    expect(issuerLevel(parseDocNumber('12/KH-BCĐ')!, undefined, undefined)).toBe('district');
  });
});

describe('issuerPlaceId', () => {
  it('is the district id, the province or the central body', () => {
    expect(issuerPlaceId(namedIssuer('Huyện ủy', tanTru)!, tanTru)).toBe('tan-tru-long-an');
    expect(issuerPlaceId(namedIssuer('Tỉnh ủy', choLach)!, choLach)).toBe('ben-tre');
    expect(issuerPlaceId(namedIssuer('Bộ Chính trị', choLach)!, choLach)).toBe('bo-chinh-tri');
  });
});

it('withoutToneMarks', () => {
  expect(withoutToneMarks('Đồng Khởi, Chợ Lách')).toBe('Dong Khoi, Cho Lach');
});
