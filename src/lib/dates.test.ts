import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  parseLegacyDate,
  toVietnamIso,
  vietnamDayKey,
  vietnamMonthKey,
  vietnamWeekKey,
  yearInVietnam,
} from './dates.ts';

/** One instant and everything a reader or the counter sees of it. */
type Row = {
  at: string;
  vi: string;
  en: string;
  viDate: string;
  enDate: string;
  year: number;
  iso: string;
  day: string;
  week: string;
  month: string;
};

const rows: Row[] = [
  // The seed article's "01/03/2024 - 13:32" (a Friday).
  {
    at: '2024-03-01T06:32:00Z',
    vi: '01/03/2024 - 13:32',
    en: '1 March 2024, 13:32 ICT',
    viDate: '01/03/2024',
    enDate: '1 March 2024',
    year: 2024,
    iso: '2024-03-01T13:32:00+07:00',
    day: '2024-03-01',
    week: '2024-02-26',
    month: '2024-03',
  },
  {
    at: '2024-03-03T23:39:00+07:00',
    vi: '03/03/2024 - 23:39',
    en: '3 March 2024, 23:39 ICT',
    viDate: '03/03/2024',
    enDate: '3 March 2024',
    year: 2024,
    iso: '2024-03-03T23:39:00+07:00',
    day: '2024-03-03',
    week: '2024-02-26',
    month: '2024-03',
  },
  // Month boundary: 16:59:59Z is 23:59:59 on 31 March in Vietnam, 17:00:00Z is 1 April.
  {
    at: '2024-03-31T16:59:59Z',
    vi: '31/03/2024 - 23:59',
    en: '31 March 2024, 23:59 ICT',
    viDate: '31/03/2024',
    enDate: '31 March 2024',
    year: 2024,
    iso: '2024-03-31T23:59:59+07:00',
    day: '2024-03-31',
    week: '2024-03-25',
    month: '2024-03',
  },
  {
    at: '2024-03-31T17:00:00Z',
    vi: '01/04/2024 - 00:00',
    en: '1 April 2024, 00:00 ICT',
    viDate: '01/04/2024',
    enDate: '1 April 2024',
    year: 2024,
    iso: '2024-04-01T00:00:00+07:00',
    day: '2024-04-01',
    week: '2024-04-01',
    month: '2024-04',
  },
  // Year boundary, and a week that starts in the old year.
  {
    at: '2023-12-31T16:59:59Z',
    vi: '31/12/2023 - 23:59',
    en: '31 December 2023, 23:59 ICT',
    viDate: '31/12/2023',
    enDate: '31 December 2023',
    year: 2023,
    iso: '2023-12-31T23:59:59+07:00',
    day: '2023-12-31',
    week: '2023-12-25',
    month: '2023-12',
  },
  {
    at: '2023-12-31T17:00:00Z',
    vi: '01/01/2024 - 00:00',
    en: '1 January 2024, 00:00 ICT',
    viDate: '01/01/2024',
    enDate: '1 January 2024',
    year: 2024,
    iso: '2024-01-01T00:00:00+07:00',
    day: '2024-01-01',
    week: '2024-01-01',
    month: '2024-01',
  },
  {
    at: '2025-01-01T05:00:00Z',
    vi: '01/01/2025 - 12:00',
    en: '1 January 2025, 12:00 ICT',
    viDate: '01/01/2025',
    enDate: '1 January 2025',
    year: 2025,
    iso: '2025-01-01T12:00:00+07:00',
    day: '2025-01-01',
    week: '2024-12-30',
    month: '2025-01',
  },
  // Week boundary: Sunday 23:59:59 and Monday 00:00 in Vietnam.
  {
    at: '2024-03-03T16:59:59Z',
    vi: '03/03/2024 - 23:59',
    en: '3 March 2024, 23:59 ICT',
    viDate: '03/03/2024',
    enDate: '3 March 2024',
    year: 2024,
    iso: '2024-03-03T23:59:59+07:00',
    day: '2024-03-03',
    week: '2024-02-26',
    month: '2024-03',
  },
  {
    at: '2024-03-03T17:00:00Z',
    vi: '04/03/2024 - 00:00',
    en: '4 March 2024, 00:00 ICT',
    viDate: '04/03/2024',
    enDate: '4 March 2024',
    year: 2024,
    iso: '2024-03-04T00:00:00+07:00',
    day: '2024-03-04',
    week: '2024-03-04',
    month: '2024-03',
  },
  // Leap day; a New York DST switch night (must not matter).
  {
    at: '2024-02-29T10:05:00Z',
    vi: '29/02/2024 - 17:05',
    en: '29 February 2024, 17:05 ICT',
    viDate: '29/02/2024',
    enDate: '29 February 2024',
    year: 2024,
    iso: '2024-02-29T17:05:00+07:00',
    day: '2024-02-29',
    week: '2024-02-26',
    month: '2024-02',
  },
  {
    at: '2024-03-10T07:30:00Z',
    vi: '10/03/2024 - 14:30',
    en: '10 March 2024, 14:30 ICT',
    viDate: '10/03/2024',
    enDate: '10 March 2024',
    year: 2024,
    iso: '2024-03-10T14:30:00+07:00',
    day: '2024-03-10',
    week: '2024-03-04',
    month: '2024-03',
  },
  // Seconds and milliseconds: minutes are never rounded up.
  {
    at: '2024-05-08T03:10:59.999Z',
    vi: '08/05/2024 - 10:10',
    en: '8 May 2024, 10:10 ICT',
    viDate: '08/05/2024',
    enDate: '8 May 2024',
    year: 2024,
    iso: '2024-05-08T10:10:59+07:00',
    day: '2024-05-08',
    week: '2024-05-06',
    month: '2024-05',
  },
];

function compute(at: string): Row {
  const d = new Date(at);
  return {
    at,
    vi: formatDateTime(d, 'vi'),
    en: formatDateTime(d, 'en'),
    viDate: formatDate(d, 'vi'),
    enDate: formatDate(d, 'en'),
    year: yearInVietnam(d),
    iso: toVietnamIso(d),
    day: vietnamDayKey(d),
    week: vietnamWeekKey(d),
    month: vietnamMonthKey(d),
  };
}

const legacy: [string, string | null, boolean?][] = [
  ['01/03/2024 - 13:32', '2024-03-01T06:32:00.000Z', true],
  ['04/03/2024 - 06:39', '2024-03-03T23:39:00.000Z', true], // before 07:00 in Vietnam is the previous UTC day
  ['08/05/2024 - 10:10', '2024-05-08T03:10:00.000Z', true],
  ['26/01/2024', '2024-01-25T17:00:00.000Z', false],
  ['19/02/ 2024', '2024-02-18T17:00:00.000Z', false],
  ['  1/3/2024 13h32 ', '2024-03-01T06:32:00.000Z', true],
  ['29/02/2024', '2024-02-28T17:00:00.000Z', false],
  ['31/12/2023 - 23:59', '2023-12-31T16:59:00.000Z', true],
  ['31/02/2024', null],
  ['29/02/2023', null],
  ['31/04/2024', null],
  ['00/01/2024', null],
  ['01/13/2024', null],
  ['01/03/2024 - 24:00', null],
  ['01/03/2024 - 13:60', null],
  ['15/19', null],
  ['2024-03-01', null],
  ['', null],
  ['Ngày 01/03/2024 và 02/03/2024', null],
];

function computeLegacy(text: string): [string, string | null, boolean?] {
  const r = parseLegacyDate(text);
  return r ? [text, r.date.toISOString(), r.hasTime] : [text, null];
}

describe('in this process', () => {
  it.each(rows)('$at', (row) => {
    expect(compute(row.at)).toEqual(row);
  });

  it.each(legacy)('parseLegacyDate(%j)', (text, iso, hasTime) => {
    expect(computeLegacy(text)).toEqual(iso === null ? [text, null] : [text, iso, hasTime]);
  });

  it('round-trips what it prints', () => {
    for (const row of rows) {
      const at = new Date(row.at);
      expect(new Date(toVietnamIso(at)).getTime()).toBe(Math.floor(at.getTime() / 1000) * 1000);
      expect(parseLegacyDate(formatDateTime(at, 'vi'))!.date.getTime()).toBe(Math.floor(at.getTime() / 60_000) * 60_000);
    }
  });

  it('refuses an invalid Date instead of printing "NaN"', () => {
    expect(() => formatDateTime(new Date('nope'), 'vi')).toThrow(RangeError);
    expect(() => vietnamDayKey(new Date(Number.NaN))).toThrow(RangeError);
  });
});

// Vitest runs with whatever TZ the shell has, so the same table is also computed in fresh Node
// processes with other zones (New York has DST; Vietnam must not notice).
describe.each(['UTC', 'America/New_York', 'Asia/Tokyo'])('in a child process with TZ=%s', (tz) => {
  it('prints and keys every instant exactly as in Vietnam', () => {
    const moduleUrl = new URL('./dates.ts', import.meta.url).href;
    const script = `
      const m = await import(${JSON.stringify(moduleUrl)});
      const [ats, texts] = JSON.parse(process.argv[1]);
      const rows = ats.map((at) => {
        const d = new Date(at);
        return { at, vi: m.formatDateTime(d, 'vi'), en: m.formatDateTime(d, 'en'), viDate: m.formatDate(d, 'vi'),
          enDate: m.formatDate(d, 'en'), year: m.yearInVietnam(d), iso: m.toVietnamIso(d), day: m.vietnamDayKey(d),
          week: m.vietnamWeekKey(d), month: m.vietnamMonthKey(d) };
      });
      const legacy = texts.map((t) => { const r = m.parseLegacyDate(t); return r ? [t, r.date.toISOString(), r.hasTime] : [t, null]; });
      console.log(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, offset: new Date('2024-07-01T00:00:00Z').getTimezoneOffset(), rows, legacy }));
    `;
    const input = JSON.stringify([rows.map((r) => r.at), legacy.map((l) => l[0])]);
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, input], {
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    });
    const result = JSON.parse(out) as { tz: string; offset: number; rows: Row[]; legacy: unknown[] };
    // The child really ran in that zone.
    expect(result.tz).toBe(tz);
    expect(result.offset).toBe({ UTC: 0, 'America/New_York': 240, 'Asia/Tokyo': -540 }[tz]);
    expect(result.rows).toEqual(rows);
    expect(result.legacy).toEqual(legacy.map((l) => (l[1] === null ? [l[0], null] : l)));
  });
});
