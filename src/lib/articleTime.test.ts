import { describe, expect, it } from 'vitest';
import { parsePublicationTime, publicationIso } from './articleTime.ts';

describe('parsePublicationTime', () => {
  it('keeps a full date-time and its offset', () => {
    const { date, timeKnown } = parsePublicationTime('2024-03-01T13:32:00+07:00');
    expect(date.toISOString()).toBe('2024-03-01T06:32:00.000Z');
    expect(timeKnown).toBe(true);
  });

  it('places a date alone at the start of that day in Vietnam and says the time is unknown', () => {
    const { date, timeKnown } = parsePublicationTime('2024-01-26');
    expect(date.toISOString()).toBe('2024-01-25T17:00:00.000Z');
    expect(timeKnown).toBe(false);
  });
});

describe('publicationIso', () => {
  it('writes the offset when the time is known and the date alone when it is not', () => {
    expect(publicationIso(new Date('2024-03-01T06:32:00Z'), true)).toBe('2024-03-01T13:32:00+07:00');
    expect(publicationIso(new Date('2024-01-25T17:00:00Z'), false)).toBe('2024-01-26');
  });
});
