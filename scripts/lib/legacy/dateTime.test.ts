import { describe, expect, it } from 'vitest';
import { findDateInText, findDateLine } from './dateTime.ts';

describe('findDateLine', () => {
  it.each([
    ['01/03/2024 - 13:32', '2024-03-01T13:32:00+07:00', true, []],
    ['04/03/2024 - 06:39', '2024-03-04T06:39:00+07:00', true, []],
    ['26/01/2024', '2024-01-26', false, []],
    ['26/01/2024 405 0', '2024-01-26', false, [405, 0]],
    ['8/5/2024 10h10', '2024-05-08T10:10:00+07:00', true, []],
    ['19/02/ 2024', '2024-02-19', false, []],
  ])('reads "%s"', (line, publishedAt, hasTime, trailingNumbers) => {
    expect(findDateLine(['Tiêu đề', line])).toEqual({ publishedAt, hasTime, from: 'date line', index: 1, trailingNumbers });
  });

  it('ignores dates inside sentences and impossible dates', () => {
    expect(findDateLine(['Ngày 19/02/2024, UBND huyện ban hành kế hoạch.'])).toBeNull();
    expect(findDateLine(['31/02/2024 - 10:00'])).toBeNull();
  });
});

describe('findDateInText', () => {
  it('reads a date that opens the text, spacing as typed', () => {
    expect(findDateInText('Ngày 19/02/ 2024, Ủy ban nhân dân huyện Châu Thành ban hành…')).toMatchObject({
      publishedAt: '2024-02-19',
      hasTime: false,
      from: 'text',
    });
    expect(findDateInText('Sáng ngày 5/3/2024, huyện tổ chức…')?.publishedAt).toBe('2024-03-05');
    expect(findDateInText('Theo kế hoạch ngày 19/02/2024…')).toBeNull();
  });
});

describe('findDateLine over the shapes other portals print', () => {
  it.each([
    ['Thứ Hai, 15/04/2024, 08:05 (GMT+7)', '2024-04-15T08:05:00+07:00'],
    ['Cập nhật lúc 08:05, 15/04/2024', '2024-04-15T08:05:00+07:00'],
    ['Ngày đăng: 15/04/2024', '2024-04-15'],
    ['15-4-2024', '2024-04-15'],
    ['Ngày 15 tháng 4 năm 2024', '2024-04-15'],
    ['15/04/2024 08:05:30', '2024-04-15T08:05:30+07:00'],
  ])('reads "%s" under a breadcrumb', (line, publishedAt) => {
    expect(findDateLine(['Trang chủ > Tin tức', line, 'Tiêu đề'])?.publishedAt).toBe(publishedAt);
  });

  it('prefers the publication date to the update time, and says when only the update time is shown', () => {
    expect(findDateLine(['Cập nhật lúc 09:00, 16/04/2024', 'Ngày đăng: 15/04/2024 08:05'])).toMatchObject({
      publishedAt: '2024-04-15T08:05:00+07:00',
      index: 1,
    });
    expect(findDateLine(['Cập nhật lúc 09:00, 16/04/2024'])).toMatchObject({ updated: true, publishedAt: '2024-04-16T09:00:00+07:00' });
  });

  it('reads a view count printed on the date line', () => {
    expect(findDateLine(['Ngày đăng: 15/04/2024 | Lượt xem: 1.204'])).toMatchObject({ publishedAt: '2024-04-15', views: 1204 });
  });
});
