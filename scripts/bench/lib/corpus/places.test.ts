import { describe, expect, it } from 'vitest';
import { districtSchema } from '../../../../src/lib/schema.ts';
import { withoutToneMarks } from '../../../lib/issuers.ts';
import { corpusDistricts } from './places.ts';

describe('corpusDistricts', () => {
  const districts = corpusDistricts();

  it('has 60 districts in 20 provinces with unique ids, valid for the site', () => {
    expect(districts).toHaveLength(60);
    expect(new Set(districts.map((d) => d.province.vi)).size).toBe(20);
    expect(new Set(districts.map((d) => d.id)).size).toBe(60);
    for (const d of districts) expect(districtSchema.safeParse(d).success).toBe(true);
  });

  it('repeats district names across provinces, as in life', () => {
    const chauThanh = districts.filter((d) => d.name.vi === 'Châu Thành');
    expect(chauThanh).toHaveLength(5);
    expect(new Set(chauThanh.map((d) => d.province.vi)).size).toBe(5);
    expect(districts.filter((d) => d.name.vi === 'Phú Tân')).toHaveLength(2);
    expect(districts.find((d) => d.name.vi === 'Tân Trụ')?.id).toBe('tan-tru-long-an');
  });

  it('only states 2025 mergers recorded as fact, and never a commune', () => {
    const noted = districts.filter((d) => d.since2025);
    expect(noted.length).toBeGreaterThan(0);
    for (const d of noted) expect(d.since2025!.vi).not.toMatch(/\bxã\b/);
    expect(districts.find((d) => d.province.vi === 'Nghệ An')?.since2025).toBeUndefined();
  });
});

describe('withoutToneMarks', () => {
  it('folds Vietnamese letters and keeps case', () => {
    expect(withoutToneMarks('Đầm Dơi')).toBe('Dam Doi');
    expect(withoutToneMarks('Thừa Thiên Huế')).toBe('Thua Thien Hue');
  });
});
