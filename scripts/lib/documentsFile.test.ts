import { describe, expect, it } from 'vitest';
import { parseDocNumber } from '../../src/lib/docNumber.ts';
import { documentSchema } from '../../src/lib/schema.ts';
import { appendDocuments, newDocumentEntry } from './documentsFile.ts';
import { namedIssuer } from './issuers.ts';
import { parseYaml } from '../../src/lib/yamlSource.ts';

const chauThanh = {
  id: 'chau-thanh-soc-trang',
  name: { vi: 'Châu Thành', en: 'Chau Thanh' },
  province: { vi: 'Sóc Trăng', en: 'Soc Trang' },
  kind: 'huyện' as const,
};

describe('newDocumentEntry', () => {
  it('builds the id from place, number and year, and links the district', () => {
    const entry = newDocumentEntry(
      {
        number: parseDocNumber('27/KH-UBND')!,
        issuer: namedIssuer('Ủy ban nhân dân huyện Châu Thành', chauThanh)!,
        district: chauThanh,
        issuedOn: '2024-02-19',
      },
      new Set(),
    );
    expect(entry).toEqual({
      id: 'chau-thanh-soc-trang-27-kh-ubnd-2024',
      number: '27/KH-UBND',
      issuer: { vi: 'Ủy ban nhân dân huyện Châu Thành', en: "Chau Thanh District People's Committee" },
      issuedOn: '2024-02-19',
      district: 'chau-thanh-soc-trang',
    });
    expect(documentSchema.parse(entry)).toEqual(entry);
  });
  it('gives a provincial body the province, leaves the year out when unknown, and never reuses an id', () => {
    const entry = newDocumentEntry(
      { number: parseDocNumber('01-CT/TU')!, issuer: namedIssuer('Tỉnh ủy', chauThanh)!, district: chauThanh },
      new Set(['soc-trang-01-ct-tu']),
    );
    expect(entry).toMatchObject({ id: 'soc-trang-01-ct-tu-2', province: { vi: 'Sóc Trăng', en: 'Soc Trang' } });
    expect(entry.district).toBeUndefined();
  });
});

describe('appendDocuments', () => {
  const existing = '# Documents\n- id: a-55-nq-hu\n  number: "55-NQ/HU" # as printed\n  issuer: { vi: "A", en: "A" }';
  it('appends entries after a note and keeps the existing text byte for byte', () => {
    const entry = { id: 'b-27-kh-ubnd', number: '27/KH-UBND', issuer: { vi: 'B', en: 'B' } };
    const text = appendDocuments(existing, [entry], 'Added by npm run import (seed.txt)');
    expect(text.startsWith(`${existing}\n# Added by npm run import (seed.txt)\n- id: "b-27-kh-ubnd"\n`)).toBe(true);
    expect(parseYaml(text).value).toEqual([{ id: 'a-55-nq-hu', number: '55-NQ/HU', issuer: { vi: 'A', en: 'A' } }, entry]);
  });
  it('changes nothing when there is nothing to add', () => {
    expect(appendDocuments(existing, [], 'x')).toBe(existing);
  });
});
