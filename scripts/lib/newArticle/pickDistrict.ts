import { nationalDistricts } from '../../../src/lib/adminUnits.ts';
import { slugify } from '../../../src/lib/slug.ts';
import { districtEntry } from '../districtsFile.ts';
import type { District } from '../readContent.ts';

export type DistrictPick = { district: District } | { ambiguous: District[] } | { none: true };

/**
 * Finds the district an editor means: its number in the list shown, its id, its name ("Châu Thành",
 * "chau thanh"), or name and province ("Châu Thành, Sóc Trăng"). A name shared by several provinces
 * is ambiguous, never guessed.
 */
export function pickDistrict(input: string, districts: District[], listed = false): DistrictPick {
  const text = input.trim();
  if (listed && /^\d+$/.test(text)) {
    const district = districts[Number(text) - 1];
    return district ? { district } : { none: true };
  }
  let key: string;
  try {
    key = slugify(text, 200);
  } catch {
    return { none: true };
  }
  const exact = districts.filter(
    (d) =>
      d.id === key ||
      slugify(`${d.name.vi} ${d.province.vi}`, 200) === key ||
      slugify(`${d.kind} ${d.name.vi} ${d.province.vi}`, 200) === key,
  );
  if (exact.length === 1) return { district: exact[0]! };
  const byName = districts.filter((d) => slugify(d.name.vi, 200) === key || d.id.startsWith(`${key}-`));
  if (byName.length === 1) return { district: byName[0]! };
  if (byName.length > 1) return { ambiguous: byName };
  return { none: true };
}

/** "3. Châu Thành (Sóc Trăng) — chau-thanh-soc-trang" */
export function districtChoices(districts: District[]): string[] {
  return districts.map((d, i) => `${String(i + 1).padStart(3)}. ${d.name.vi} (${d.province.vi}) — ${d.id}`);
}

let national: District[] | undefined;

/** Every district in Vietnam as districts.yaml entries (src/lib/adminUnits.ts), for a district the file does not hold yet. */
export function nationalDistrictEntries(): District[] {
  national ??= nationalDistricts().map(districtEntry);
  return national;
}
