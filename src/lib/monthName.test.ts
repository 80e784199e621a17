import { describe, expect, it } from 'vitest';
import { monthName } from './monthName.ts';

describe('monthName', () => {
  it('names months in each language', () => {
    expect(monthName('2024-03', 'vi')).toBe('3');
    expect(monthName('2024-12', 'en')).toBe('December');
    expect(monthName('2024-01', 'en')).toBe('January');
  });
});
