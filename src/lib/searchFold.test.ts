import { describe, expect, it } from 'vitest';
import { dSpellings, foldForSearch, hasVietnameseMarks } from './searchFold.ts';

describe('foldForSearch', () => {
  it('removes tone and vowel marks and spells đ as d', () => {
    expect(foldForSearch('Đồng khởi')).toBe('dong khoi');
    expect(foldForSearch('Tân Trụ')).toBe('tan tru');
    expect(foldForSearch('NÔNG THÔN MỚI nâng cao')).toBe('nong thon moi nang cao');
  });

  it('treats decomposed (NFD) input like composed', () => {
    expect(foldForSearch('Châu Thành'.normalize('NFD'))).toBe('chau thanh');
  });
});

describe('hasVietnameseMarks', () => {
  it.each([
    ['Tân', true],
    ['đua', true],
    ['Đ', true],
    ['tan', false],
    ['55', false],
    ['UBND', false],
  ])('%s → %s', (word, expected) => {
    expect(hasVietnameseMarks(word)).toBe(expected);
  });
});

describe('dSpellings', () => {
  it('lists each word with đ once, spelt with d, in lower case', () => {
    expect(dSpellings('“Đồng khởi mới” – đồng thuận, Đảng bộ; Đồng khởi')).toEqual(['dồng', 'dảng']);
  });

  it('ignores words without đ', () => {
    expect(dSpellings('Tân Trụ phát triển nông thôn mới')).toEqual([]);
  });

  it('splits compound words where Pagefind does, at "/" and "-"', () => {
    expect(dSpellings('Nghị quyết 09/NQ-HĐND')).toEqual(['hdnd']);
  });
});
