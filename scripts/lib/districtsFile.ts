import type { NationalDistrict } from '../../src/lib/adminUnits.ts';
import { adminUnitsSource } from '../../src/lib/adminUnits.ts';
import type { District } from './readContent.ts';

/** The districts.yaml entry for a district of the national list (src/lib/adminUnits.ts), without what the file does not keep (communes). */
export function districtEntry(d: District | NationalDistrict): District {
  return {
    id: d.id,
    name: { ...d.name },
    province: { ...d.province },
    kind: d.kind,
    ...(d.since2025 ? { since2025: { ...d.since2025 } } : {}),
  };
}

const q = (s: string) => JSON.stringify(s);

/**
 * Appends districts to the text of districts.yaml in the file's own layout (one line per name), and
 * keeps what is there byte for byte: the file is edited by hand too. The comment names the source
 * of the entries, so an editor knows where the since2025 note comes from.
 */
export function appendDistricts(text: string, entries: readonly District[], note: string): string {
  if (entries.length === 0) return text;
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${base}${districtsChunk(entries, note)}`;
}

/** The lines appendDistricts adds, for a file that ends with a newline: a tool that appends to the file itself needs only these. */
export function districtsChunk(entries: readonly District[], note: string): string {
  if (entries.length === 0) return '';
  const out = [`# ${note}; source: ${adminUnitsSource.en}.`];
  for (const d of entries) {
    out.push(
      `- id: ${d.id}`,
      `  name: { vi: ${q(d.name.vi)}, en: ${q(d.name.en)} }`,
      `  province: { vi: ${q(d.province.vi)}, en: ${q(d.province.en)} }`,
    );
    out.push(`  kind: ${d.kind}`);
    if (d.since2025) out.push('  since2025:', `    vi: ${q(d.since2025.vi)}`, `    en: ${q(d.since2025.en)}`);
  }
  return `${out.join('\n')}\n`;
}
