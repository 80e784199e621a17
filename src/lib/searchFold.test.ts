import { describe, expect, it } from 'vitest';
import { foldForSearch, hasVietnameseMarks, restoreD, strokeD } from './searchFold.ts';

describe('foldForSearch', () => {
  it('removes tone and vowel marks and spells đ as d', () => {
    expect(foldForSearch('Đồng khởi')).toBe('dong khoi');
    expect(foldForSearch('Tân Trụ')).toBe('tan tru');
    expect(foldForSearch('NÔNG THÔN MỚI nâng cao')).toBe('nong thon moi nang cao');
  });

  it('treats decomposed (NFD) input like composed, and a stroked d like đ', () => {
    expect(foldForSearch('Châu Thành'.normalize('NFD'))).toBe('chau thanh');
    expect(foldForSearch(strokeD('Đảng bộ'))).toBe('dang bo');
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

describe('strokeD and restoreD', () => {
  it('write đ as d with a combining stroke, which folds to d', () => {
    const stroked = strokeD('Đồng khởi, đảng bộ, HĐND');
    expect(stroked).not.toMatch(/[đĐ]/);
    expect(stroked.normalize('NFD').replace(/\p{M}/gu, '')).toBe('Dong khoi, dang bo, HDND');
  });

  it('round-trip', () => {
    for (const text of ['Đồng khởi mới', 'đ', 'dòng', 'Nghị quyết 09/NQ-HĐND', '']) expect(restoreD(strokeD(text))).toBe(text);
  });

  it('leaves a plain d alone', () => {
    expect(strokeD('dòng dông')).toBe('dòng dông');
  });
});
