import { describe, expect, it } from 'vitest';
import type { District, DocumentEntry } from '../readContent.ts';
import { districtOptions, documentOptions, doneValue } from './pickLists.ts';

const district = (id: string, name: string, province: string): District => ({
  id,
  name: { vi: name, en: name },
  province: { vi: province, en: province },
  kind: 'huyện',
});
const districts = [
  district('chau-thanh-soc-trang', 'Châu Thành', 'Sóc Trăng'),
  district('chau-thanh-long-an', 'Châu Thành', 'Long An'),
  district('tan-tru-long-an', 'Tân Trụ', 'Long An'),
];
const documents: DocumentEntry[] = [
  {
    id: 'tan-tru-long-an-27-kh-ubnd-2024',
    number: '27/KH-UBND',
    issuer: { vi: 'UBND huyện Tân Trụ', en: 'Tan Tru' },
    district: 'tan-tru-long-an',
  },
  {
    id: 'chau-thanh-soc-trang-27-kh-ubnd-2024',
    number: '27/KH-UBND',
    issuer: { vi: 'Ủy ban nhân dân huyện Châu Thành', en: 'Chau Thanh' },
    district: 'chau-thanh-soc-trang',
  },
];
const labels = { done: 'Xong', add: (n: string) => `Mới ${n}` };

describe('districtOptions', () => {
  it('shows every district with its province, narrowed by what is typed without tone marks', () => {
    expect(districtOptions(undefined, districts).map((o) => o.name)).toEqual([
      'Châu Thành, Sóc Trăng',
      'Châu Thành, Long An',
      'Tân Trụ, Long An',
    ]);
    expect(districtOptions('chau thanh soc', districts).map((o) => o.value)).toEqual(['chau-thanh-soc-trang']);
    expect(districtOptions('long an', districts).map((o) => o.value)).toEqual(['chau-thanh-long-an', 'tan-tru-long-an']);
    expect(districtOptions('xyz', districts)).toEqual([]);
  });
});

describe('documentOptions', () => {
  const chauThanh = districts[0]!;

  it('lists the article’s own district’s documents first, by number and issuer, and ends with "done"', () => {
    const options = documentOptions('27/kh', documents, chauThanh, [], labels);
    expect(options.map((o) => o.value)).toEqual(['chau-thanh-soc-trang-27-kh-ubnd-2024', 'tan-tru-long-an-27-kh-ubnd-2024', doneValue]);
    expect(options[0]!.name).toBe('27/KH-UBND — Ủy ban nhân dân huyện Châu Thành');
  });

  it('finds by issuer, leaves out documents already chosen, and offers a new number', () => {
    expect(documentOptions('chau thanh', documents, chauThanh, [], labels).map((o) => o.value)).toEqual([
      'chau-thanh-soc-trang-27-kh-ubnd-2024',
      doneValue,
    ]);
    // Nothing typed: Enter means done.
    expect(documentOptions(undefined, documents, chauThanh, ['chau-thanh-soc-trang-27-kh-ubnd-2024'], labels).map((o) => o.value)).toEqual([
      doneValue,
      'tan-tru-long-an-27-kh-ubnd-2024',
    ]);
    expect(documentOptions('12-nq/hu', documents, chauThanh, [], labels).map((o) => o.name)).toEqual(['Mới 12-NQ/HU', 'Xong']);
  });
});
