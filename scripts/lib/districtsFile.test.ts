import { describe, expect, it } from 'vitest';
import { nationalDistricts } from '../../src/lib/adminUnits.ts';
import { districtSchema } from '../../src/lib/schema.ts';
import { appendDistricts, districtEntry } from './districtsFile.ts';
import { parseYaml } from '../../src/lib/yamlSource.ts';

describe('appendDistricts', () => {
  const canGiuoc = districtEntry(nationalDistricts().find((d) => d.id === 'can-giuoc-long-an')!);
  const before =
    '# Districts.\n- id: tan-tru-long-an\n  name: { vi: "Tân Trụ", en: "Tan Tru" }\n  province: { vi: "Long An", en: "Long An" }\n  kind: huyện\n';

  it('adds entries that the district schema accepts, keeping the file as it was', () => {
    const after = appendDistricts(before, [canGiuoc], 'Added by npm run import from a.html');
    expect(after.startsWith(before)).toBe(true);
    const entries = parseYaml(after).value as unknown[];
    expect(entries).toHaveLength(2);
    expect(districtSchema.parse(entries[1])).toEqual({
      id: 'can-giuoc-long-an',
      name: { vi: 'Cần Giuộc', en: 'Can Giuoc' },
      province: { vi: 'Long An', en: 'Long An' },
      kind: 'huyện',
      since2025: {
        vi: 'Từ ngày 1/7/2025 không còn cấp huyện; tỉnh Long An sáp nhập vào tỉnh Tây Ninh.',
        en: 'Districts were abolished on 1 July 2025; Long An province merged into Tay Ninh province.',
      },
    });
    expect(after).toContain('# Added by npm run import from a.html; source: General Statistics Office');
  });

  it('changes nothing when there is nothing to add, and mends a missing final newline', () => {
    expect(appendDistricts(before, [], 'x')).toBe(before);
    expect(appendDistricts(before.trimEnd(), [canGiuoc], 'x').startsWith(before)).toBe(true);
  });
});
