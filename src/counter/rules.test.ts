import { describe, expect, it } from 'vitest';
import {
  calendarAt,
  clientKey,
  createCalendar,
  dedupeWindowMs,
  isNewView,
  isOnline,
  newSecret,
  onlineWindowMs,
  visitorId,
  daySalt,
} from './rules.ts';

const at = (iso: string) => Date.parse(iso);

describe('calendarAt (Asia/Ho_Chi_Minh, whatever the process time zone)', () => {
  it('starts the day at midnight in Vietnam, 17:00 UTC the day before', () => {
    expect(calendarAt(at('2024-02-29T16:59:59.999Z')).day).toBe('2024-02-29');
    expect(calendarAt(at('2024-02-29T17:00:00.000Z')).day).toBe('2024-03-01');
    const c = calendarAt(at('2024-03-01T05:00:00Z'));
    expect(c.dayStart).toBe(at('2024-02-29T17:00:00Z'));
    expect(c.dayEnd).toBe(at('2024-03-01T17:00:00Z'));
  });

  it('starts the week on Monday', () => {
    // Sunday 3 March 2024, 23:59 in Vietnam, then Monday 4 March 00:00.
    expect(calendarAt(at('2024-03-03T23:59:00+07:00')).week).toBe('2024-02-26');
    expect(calendarAt(at('2024-03-04T00:00:00+07:00')).week).toBe('2024-03-04');
    // Late on Monday in Vietnam is still that Monday's week.
    expect(calendarAt(at('2024-03-04T23:30:00+07:00')).week).toBe('2024-03-04');
    // A week that straddles a year.
    expect(calendarAt(at('2025-01-01T12:00:00+07:00')).week).toBe('2024-12-30');
  });

  it('turns the month at midnight in Vietnam, leap years included', () => {
    expect(calendarAt(at('2024-02-29T23:59:59+07:00')).month).toBe('2024-02');
    expect(calendarAt(at('2024-03-01T00:00:00+07:00')).month).toBe('2024-03');
    expect(calendarAt(at('2024-12-31T17:00:00Z')).month).toBe('2025-01');
  });

  it('remembers the day without changing the answer at its edges', () => {
    const calendar = createCalendar();
    const times = ['2024-03-01T00:00:00+07:00', '2024-03-01T23:59:59.999+07:00', '2024-03-02T00:00:00+07:00', '2024-03-01T12:00:00+07:00'];
    for (const time of times) expect(calendar(at(time))).toEqual(calendarAt(at(time)));
  });
});

describe('isNewView (30-minute dedupe)', () => {
  const t0 = at('2024-03-01T08:00:00+07:00');
  it('counts a first view, refuses a repeat within 30 minutes, counts again after', () => {
    expect(isNewView(undefined, t0)).toBe(true);
    expect(isNewView(t0, t0)).toBe(false);
    expect(isNewView(t0, t0 + dedupeWindowMs - 1)).toBe(false);
    expect(isNewView(t0, t0 + dedupeWindowMs)).toBe(true);
  });
});

describe('isOnline (5-minute window)', () => {
  const t0 = at('2024-03-01T08:00:00+07:00');
  it('keeps a visitor online for just under five minutes', () => {
    expect(isOnline(t0, t0)).toBe(true);
    expect(isOnline(t0, t0 + onlineWindowMs - 1)).toBe(true);
    expect(isOnline(t0, t0 + onlineWindowMs)).toBe(false);
  });
});

describe('visitorId', () => {
  it('is stable within a salt and unrelated across salts', () => {
    const salt = daySalt(newSecret(), '2024-03-01');
    const ua = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0';
    expect(visitorId(salt, '203.0.113.7', ua)).toBe(visitorId(salt, '203.0.113.7', ua));
    expect(visitorId(salt, '203.0.113.7', ua)).not.toBe(visitorId(salt, '203.0.113.8', ua));
    expect(visitorId(salt, '203.0.113.7', ua)).not.toBe(visitorId(salt, '203.0.113.7', `${ua} Edg`));
    expect(visitorId(daySalt(newSecret(), '2024-03-01'), '203.0.113.7', ua)).not.toBe(visitorId(salt, '203.0.113.7', ua));
  });

  it('contains neither the address nor the user agent', () => {
    const id = visitorId(daySalt(newSecret(), '2024-03-01'), '203.0.113.7', 'Mozilla');
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(id).not.toContain('203');
  });

  it('makes a new 256-bit secret every time', () => {
    expect(newSecret()).toHaveLength(43);
    expect(newSecret()).not.toBe(newSecret());
  });
});

describe('daySalt', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';
  it('is the same for the same secret and day, on every instance and after a restart', () => {
    expect(daySalt(secret, '2024-03-01')).toBe(daySalt(secret, '2024-03-01'));
    expect(daySalt(secret, '2024-03-01')).toHaveLength(43);
  });
  it('changes with the day and with the secret, and does not contain the secret', () => {
    expect(daySalt(secret, '2024-03-02')).not.toBe(daySalt(secret, '2024-03-01'));
    expect(daySalt(`${secret}!`, '2024-03-01')).not.toBe(daySalt(secret, '2024-03-01'));
    expect(daySalt(secret, '2024-03-01')).not.toContain('secret');
  });
});

describe('clientKey', () => {
  it('keeps IPv4 addresses and unwraps IPv4-mapped IPv6', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('reduces IPv6 to its /64 network', () => {
    expect(clientKey('2001:db8:85a3:1:8a2e:370:7334:1')).toBe('2001:db8:85a3:1::/64');
    expect(clientKey('2001:db8:85a3:1:ffff::2')).toBe('2001:db8:85a3:1::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});
