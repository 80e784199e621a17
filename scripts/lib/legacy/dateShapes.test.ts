import { describe, expect, it } from 'vitest';
import { parsePortalDate } from './dateShapes.ts';

const iso = (line: string) => {
  const d = parsePortalDate(line);
  return d && { at: d.date.toISOString(), hasTime: d.hasTime, label: d.label };
};

describe('parsePortalDate', () => {
  it.each([
    ['01/03/2024 - 13:32', '2024-03-01T06:32:00.000Z', true, 'unknown'],
    ['01/03/2024 13:32:45', '2024-03-01T06:32:45.000Z', true, 'unknown'],
    ['Thứ Hai, 15/04/2024, 08:05 (GMT+7)', '2024-04-15T01:05:00.000Z', true, 'unknown'],
    ['Thứ hai, 15/04/2024 08:05:30 (GMT+07:00)', '2024-04-15T01:05:30.000Z', true, 'unknown'],
    ['Chủ nhật, 14/4/2024 - 21:10', '2024-04-14T14:10:00.000Z', true, 'unknown'],
    ['T2, 15/04/2024', '2024-04-14T17:00:00.000Z', false, 'unknown'],
    ['Cập nhật lúc 08:05, 15/04/2024', '2024-04-15T01:05:00.000Z', true, 'updated'],
    ['Cập nhật: Thứ Hai, 15/04/2024 08:05', '2024-04-15T01:05:00.000Z', true, 'updated'],
    ['Ngày cập nhật: 15/04/2024', '2024-04-14T17:00:00.000Z', false, 'updated'],
    ['Ngày đăng: 15/04/2024', '2024-04-14T17:00:00.000Z', false, 'published'],
    ['Ngày đăng: 15/04/2024 | 08:05', '2024-04-15T01:05:00.000Z', true, 'published'],
    ['Đăng lúc: 08:05:09 15/04/2024', '2024-04-15T01:05:09.000Z', true, 'published'],
    ['Thời gian đăng: Thứ Hai, 15/04/2024 lúc 08h05', '2024-04-15T01:05:00.000Z', true, 'published'],
    ['15-4-2024', '2024-04-14T17:00:00.000Z', false, 'unknown'],
    ['15.04.2024 08:05', '2024-04-15T01:05:00.000Z', true, 'unknown'],
    ['Ngày 15 tháng 4 năm 2024', '2024-04-14T17:00:00.000Z', false, 'unknown'],
    ['Thứ Hai, ngày 15 tháng 4 năm 2024, 08:05', '2024-04-15T01:05:00.000Z', true, 'unknown'],
    ['15 tháng 4, 2024', '2024-04-14T17:00:00.000Z', false, 'unknown'],
    ['19/02/ 2024', '2024-02-18T17:00:00.000Z', false, 'unknown'],
    ['8/5/2024 10h10', '2024-05-08T03:10:00.000Z', true, 'unknown'],
  ])('reads "%s" in Vietnam time', (line, at, hasTime, label) => {
    expect(iso(line)).toEqual({ at, hasTime, label });
  });

  it('hands back the numbers or labelled count that follow the date', () => {
    expect(parsePortalDate('26/01/2024 405 0')?.rest).toBe('405 0');
    expect(parsePortalDate('Ngày đăng: 15/04/2024 | Lượt xem: 1.204')?.rest).toBe('| Lượt xem: 1.204');
  });

  it.each([
    ['Ngày 19/02/2024, UBND huyện ban hành kế hoạch.'],
    ['Theo kế hoạch ngày 15/04/2024'],
    ['31/02/2024 - 10:00'],
    ['15/04/2024 - 25:10'],
    ['15/19/2024'],
    ['15/04'],
    ['Tin tức - Sự kiện'],
    ['Kế hoạch số 27/KH-UBND'],
  ])('does not take "%s" for a date line', (line) => {
    expect(parsePortalDate(line)).toBeNull();
  });

  it('gives the same instant whatever the machine’s time zone', () => {
    // Dates are built with Date.UTC; the process TZ never enters (the CI also runs with TZ unset).
    expect(parsePortalDate('01/01/2024 - 00:30')?.date.toISOString()).toBe('2023-12-31T17:30:00.000Z');
  });
});
