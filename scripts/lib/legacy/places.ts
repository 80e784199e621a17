import { nationalDistricts } from '../../../src/lib/adminUnits.ts';
import type { District } from '../readContent.ts';

/** A district an article may be about, with its communes where the national list has them. */
export type PlaceEntry = District & { communes?: readonly string[] };

const cache = new WeakMap<readonly District[], readonly PlaceEntry[]>();

/**
 * Every district an article may be about: the site's districts.yaml first (its spelling and notes
 * win), then the rest of the national list. Kept per districts array, so the matcher's index is
 * built once for a whole import.
 */
export function placesFor(districts: readonly District[]): readonly PlaceEntry[] {
  const known = cache.get(districts);
  if (known) return known;
  const national = new Map(nationalDistricts().map((d) => [d.id, d]));
  const mine: PlaceEntry[] = districts.map((d) => ({ ...d, communes: national.get(d.id)?.communes ?? [] }));
  const ids = new Set(districts.map((d) => d.id));
  const places = [...mine, ...nationalDistricts().filter((d) => !ids.has(d.id))];
  cache.set(districts, places);
  return places;
}
