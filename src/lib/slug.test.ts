import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify, uniqueSlug } from './slug.ts';

describe('slugify', () => {
  it.each([
    // seed titles
    [
      'Tân Trụ phát động phong trào thi đua xây dựng huyện đạt chuẩn nông thôn mới nâng cao năm 2024',
      'tan-tru-phat-dong-phong-trao-thi-dua-xay-dung-huyen-dat-chuan-nong-thon-moi-nang',
    ],
    ['Tân Trụ tập trung xây dựng nông thôn mới nâng cao', 'tan-tru-tap-trung-xay-dung-nong-thon-moi-nang-cao'],
    ['Chợ Lách đồng thuận hưởng ứng thi đua “Đồng khởi mới”', 'cho-lach-dong-thuan-huong-ung-thi-dua-dong-khoi-moi'],
    [
      'Phát động phong trào thi đua yêu nước năm 2024 trên địa bàn huyện Châu Thành',
      'phat-dong-phong-trao-thi-dua-yeu-nuoc-nam-2024-tren-dia-ban-huyen-chau-thanh',
    ],
    [
      'Đẩy mạnh các phong trào thi đua yêu nước, quyết tâm thực hiện thắng lợi các mục tiêu, nhiệm vụ năm 2024',
      'day-manh-cac-phong-trao-thi-dua-yeu-nuoc-quyet-tam-thuc-hien-thang-loi-cac-muc',
    ],
    // punctuation and spacing
    ['  Nghị quyết 55-NQ/HU: kết quả!  ', 'nghi-quyet-55-nq-hu-ket-qua'],
    ['ĐẠI HỘI ĐẢNG BỘ', 'dai-hoi-dang-bo'],
    ['Thi đua — “Hai chân - Ba mũi”', 'thi-dua-hai-chan-ba-mui'],
    ['Ấp 3, xã Quê Mỹ Thạnh', 'ap-3-xa-que-my-thanh'],
    ['Đồng Tháp\tvà\nBến Tre', 'dong-thap-va-ben-tre'],
  ])('%s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(isValidSlug(slug, 80)).toBe(true);
  });

  it('gives the same slug for NFD and NFC input', () => {
    const title = 'Chợ Lách đồng thuận hưởng ứng thi đua “Đồng khởi mới”';
    expect(title.normalize('NFD')).not.toBe(title);
    expect(slugify(title.normalize('NFD'))).toBe(slugify(title.normalize('NFC')));
  });

  it('cuts at a word boundary within maxLength', () => {
    const title = 'Tân Trụ phát động phong trào thi đua xây dựng huyện đạt chuẩn nông thôn mới nâng cao năm 2024';
    for (const max of [10, 20, 33, 50, 79, 80, 81, 200]) {
      const slug = slugify(title, max);
      expect(slug.length).toBeLessThanOrEqual(max);
      expect('tan-tru-phat-dong-phong-trao-thi-dua-xay-dung-huyen-dat-chuan-nong-thon-moi-nang-cao-nam-2024-'.startsWith(`${slug}-`)).toBe(
        true,
      );
    }
    expect(slugify('thi đua yêu nước', 7)).toBe('thi-dua'); // the cut falls just before a hyphen
    expect(slugify('thi đua yêu nước', 8)).toBe('thi-dua');
    expect(slugify('thi đua yêu nước', 6)).toBe('thi');
  });

  it('cuts a single word longer than maxLength mid-word, as it must', () => {
    expect(slugify('Supercalifragilistic', 5)).toBe('super');
    expect(slugify('Supercalifragilistic và bạn', 5)).toBe('super');
  });

  it.each(['', '   ', '!!! — “” ...', '“”', '中文标题'])('throws a clear error for %j', (title) => {
    expect(() => slugify(title)).toThrow(/Cannot make a URL slug from .*no letters or digits/);
  });

  it('rejects a nonsense maxLength', () => {
    expect(() => slugify('abc', 0)).toThrow(RangeError);
  });
});

describe('uniqueSlug', () => {
  it('returns the base when it is free', () => {
    expect(uniqueSlug('tan-tru', new Set())).toBe('tan-tru');
    expect(uniqueSlug('tan-tru', new Set(['cho-lach']))).toBe('tan-tru');
  });

  it('counts up from 2', () => {
    expect(uniqueSlug('tan-tru', new Set(['tan-tru']))).toBe('tan-tru-2');
    expect(uniqueSlug('tan-tru', new Set(['tan-tru', 'tan-tru-2', 'tan-tru-3']))).toBe('tan-tru-4');
  });

  it('keeps within maxLength, shortening the base at a word', () => {
    const base = slugify('Tân Trụ phát động phong trào thi đua xây dựng huyện đạt chuẩn nông thôn mới nâng cao năm 2024');
    expect(base.length).toBeLessThanOrEqual(80);
    const next = uniqueSlug(base, new Set([base]));
    expect(next).toBe('tan-tru-phat-dong-phong-trao-thi-dua-xay-dung-huyen-dat-chuan-nong-thon-moi-2');
    expect(next.length).toBeLessThanOrEqual(80);
    expect(isValidSlug(next, 80)).toBe(true);
    const taken = new Set([base]);
    for (let i = 0; i < 12; i++) taken.add(uniqueSlug(base, taken));
    expect(taken.size).toBe(13);
    for (const s of taken) expect(isValidSlug(s, 80)).toBe(true);
    expect(uniqueSlug('abcdefghij', new Set(['abcdefghij']), 10)).toBe('abcdefgh-2');
  });
});

describe('isValidSlug', () => {
  it.each(['a', 'tan-tru', 'nam-2024', '55-nq-hu'])('accepts %j', (s) => expect(isValidSlug(s)).toBe(true));
  it.each(['', '-a', 'a-', 'a--b', 'Tan-tru', 'tân-trụ', 'a b', 'a_b', 'a/b'])('rejects %j', (s) => expect(isValidSlug(s)).toBe(false));
  it('checks the length when asked', () => {
    expect(isValidSlug('a'.repeat(81), 80)).toBe(false);
    expect(isValidSlug('a'.repeat(80), 80)).toBe(true);
  });
});
