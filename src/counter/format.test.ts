import { describe, expect, it } from 'vitest';
import { defaultLang, langs } from '../i18n/locales.ts';
import { countLang, formatCount, noFigure } from './format.ts';

describe('formatCount', () => {
  it('groups thousands the way each language writes them', () => {
    expect(formatCount(2315, 'vi')).toBe('2.315');
    expect(formatCount(2315, 'en')).toBe('2,315');
    expect(formatCount(2268387, 'vi')).toBe('2.268.387');
    expect(formatCount(0, 'vi')).toBe('0');
  });

  it('writes every count as Intl.NumberFormat does for the language, whole', () => {
    const counts = [
      0, 7, 42, 999, 1000, 1001, 9999, 10000, 99999, 100000, 123456, 999999, 1000000, 2268387, 987654321, 12.4, 12.6, -3, -1234,
    ];
    for (const lang of langs) {
      const intl = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
      for (const count of counts) expect(formatCount(count, lang), `${lang} ${count}`).toBe(intl.format(count));
    }
  });

  it('shows a dash when there is no figure', () => {
    expect(formatCount(undefined, 'vi')).toBe(noFigure);
    expect(formatCount(Number.NaN, 'en')).toBe(noFigure);
  });

  it("reads a page's language, Vietnamese when it is none of the site's", () => {
    for (const lang of langs) expect(countLang(lang)).toBe(lang);
    expect(countLang('')).toBe(defaultLang);
    expect(countLang('fr')).toBe(defaultLang);
  });
});
