import { describe, expect, it } from 'vitest';
import { provinceSuccessor, successorLabel } from './provinces2025.ts';

describe('provinceSuccessor', () => {
  it('names the province each seed province merged into on 1 July 2025', () => {
    expect(provinceSuccessor('Long An')).toEqual({ name: 'Tây Ninh', city: false, unchanged: false });
    expect(provinceSuccessor('Bến Tre')).toEqual({ name: 'Vĩnh Long', city: false, unchanged: false });
    expect(provinceSuccessor('Sóc Trăng')).toEqual({ name: 'Cần Thơ', city: true, unchanged: false });
    expect(provinceSuccessor('Quảng Trị')).toEqual({ name: 'Quảng Trị', city: false, unchanged: true });
  });

  it('finds a province whatever its tone placement or case', () => {
    expect(provinceSuccessor('Hòa Bình')?.name).toBe('Phú Thọ');
    expect(provinceSuccessor('hoà bình')?.name).toBe('Phú Thọ');
  });

  it('knows nothing of a name outside the list rather than guessing', () => {
    expect(provinceSuccessor('Atlantis')).toBeUndefined();
  });
});

describe('successorLabel', () => {
  it('says province or city in each language', () => {
    expect(successorLabel(provinceSuccessor('Long An')!, 'vi')).toBe('tỉnh Tây Ninh');
    expect(successorLabel(provinceSuccessor('Long An')!, 'en')).toBe('Tây Ninh province');
    expect(successorLabel(provinceSuccessor('Hậu Giang')!, 'vi')).toBe('thành phố Cần Thơ');
    expect(successorLabel(provinceSuccessor('Hậu Giang')!, 'en')).toBe('Cần Thơ city');
    expect(successorLabel(provinceSuccessor('Bình Dương')!, 'en')).toBe('Hồ Chí Minh City');
  });
});
