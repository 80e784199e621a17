import { describe, expect, it } from 'vitest';
import { districtLabel, placeName } from './placeNames.ts';

const district = { name: { vi: 'Tân Trụ', en: 'Tan Tru' }, province: { vi: 'Long An', en: 'Long An' } };

describe('place names', () => {
  it('keeps the Vietnamese spelling, tone marks included, in both languages', () => {
    expect(placeName(district.name)).toBe('Tân Trụ');
    expect(districtLabel(district)).toBe('Tân Trụ, Long An');
  });
});
