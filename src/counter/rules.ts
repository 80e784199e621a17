import { createHmac, hash, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { toVietnamIso, vietnamDayKey, vietnamMonthKey, vietnamWeekKey } from '../lib/dates.ts';

/**
 * The counting rules (docs/counter.md, Counting rules), pure and clock-injected so tests can walk across
 * midnights, Mondays and month ends. The stores apply these thresholds atomically; the HTTP layer
 * never decides what counts.
 */

/** Milliseconds since the epoch, now. Injected everywhere so time can be simulated in tests. */
export type Clock = () => number;
export const systemClock: Clock = () => Date.now();

/** The same visitor on the same page within this window counts once. */
export const dedupeWindowMs = 30 * 60_000;
/** "Online" is a distinct visitor seen within this window. */
export const onlineWindowMs = 5 * 60_000;

/** A view counts unless the visitor's last counted view of the page is under 30 minutes old. */
export function isNewView(lastCountedAt: number | undefined, now: number): boolean {
  return lastCountedAt === undefined || now - lastCountedAt >= dedupeWindowMs;
}

/** A visitor last seen at `seenAt` is online at `now` (seen strictly less than 5 minutes ago). */
export function isOnline(seenAt: number, now: number): boolean {
  return now - seenAt < onlineWindowMs;
}

/** The Vietnam calendar periods an instant falls in, and the bounds of its day. */
export interface Calendar {
  /** "2024-03-01" */
  day: string;
  /** The Monday starting the week (Monday to Sunday): "2024-02-26" */
  week: string;
  /** "2024-03" */
  month: string;
  /** The first millisecond of the day in Vietnam. */
  dayStart: number;
  /** The first millisecond of the next day. */
  dayEnd: number;
}

const dayMs = 86_400_000;

/** The calendar periods of `now` in Asia/Ho_Chi_Minh, computed from the zone data. */
export function calendarAt(now: number): Calendar {
  const date = new Date(now);
  const day = vietnamDayKey(date);
  // The zone's offset at this instant ("+07:00"), so midnight is found from the zone data, not assumed.
  const offset = toVietnamIso(date).slice(-6);
  const dayStart = Date.parse(`${day}T00:00:00${offset}`);
  // Vietnam has no daylight saving (UTC+7 since 1975), so every day there lasts 24 hours.
  return { day, week: vietnamWeekKey(date), month: vietnamMonthKey(date), dayStart, dayEnd: dayStart + dayMs };
}

/**
 * `calendarAt`, remembered for the current day: the Intl calls behind it cost microseconds, which
 * add up at ten thousand hits a second, and the answer only changes at midnight.
 */
export function createCalendar(): (now: number) => Calendar {
  let last: Calendar | undefined;
  return (now) => {
    if (last && now >= last.dayStart && now < last.dayEnd) return last;
    last = calendarAt(now);
    return last;
  };
}

/** A fresh secret: 256 random bits, for a process that was given none (COUNTER_SECRET). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The salt of one Vietnam day, derived from the secret: every instance and restart given the same
 * secret makes the same salt, so none needs to be stored beside the visitor ids. Without the
 * secret, which lives in the server's environment and never in the store, a copy of the store
 * cannot turn an (address, user agent) guess into an id to look for.
 */
export function daySalt(secret: string, day: string): string {
  return createHmac('sha256', secret).update(`bantin visitor salt ${day}`).digest('base64url');
}

/**
 * The anonymous visitor id: a hash of (the day's salt, client address, user agent). The salt
 * changes every day, so ids of different days cannot be linked to each other.
 */
export function visitorId(salt: string, client: string, userAgent: string): string {
  // crypto.hash: the one-shot form, without a Hash stream object per hit.
  return hash('sha256', `${salt}\0${client}\0${userAgent}`, 'base64url').slice(0, 22);
}

/**
 * The part of a client address that identifies one visitor: an IPv4 address as is (IPv4-mapped
 * IPv6 unwrapped), an IPv6 address by its /64 network, because devices rotate the lower 64 bits
 * ("privacy addresses") and would otherwise count as new visitors every few hours.
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0');
  const groups = address.includes('::') ? [...headGroups, ...zeros, ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
