import { toVietnamIso } from './dates.ts';

/** A publication time as shown to readers: the instant, and whether the source gave a time of day. */
export interface PublicationTime {
  date: Date;
  timeKnown: boolean;
}

/**
 * Reads a validated `publishedAt`/`updatedAt` value (src/lib/schema.ts). A date alone means the
 * source gave no time: it is placed at the start of that day in Vietnam, for sorting only.
 */
/** The machine-readable form: a full date-time with +07:00, or the date alone when no time is known. */
export function publicationIso(date: Date, timeKnown: boolean): string {
  const iso = toVietnamIso(date);
  return timeKnown ? iso : iso.slice(0, 10);
}

export function parsePublicationTime(value: string): PublicationTime {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: new Date(`${value}T00:00:00+07:00`), timeKnown: false };
  return { date: new Date(value), timeKnown: true };
}
