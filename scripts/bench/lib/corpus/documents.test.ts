import { describe, expect, it } from 'vitest';
import { parseDocNumber } from '../../../../src/lib/docNumber.ts';
import { documentSchema } from '../../../../src/lib/schema.ts';
import { generateDocuments, numberStyle } from './documents.ts';
import { corpusDistricts } from './places.ts';
import { createRandom } from './random.ts';

describe('generateDocuments', () => {
  const districts = corpusDistricts();
  const documents = generateDocuments(createRandom('docs'), districts, 400);

  it('makes 400 documents with unique ids, valid for the site', () => {
    expect(documents).toHaveLength(400);
    expect(new Set(documents.map((d) => d.id)).size).toBe(400);
    for (const { year: _year, ...doc } of documents) expect(documentSchema.safeParse(doc).success).toBe(true);
  });

  it('prints every number as the parser prints it', () => {
    for (const doc of documents) expect(parseDocNumber(doc.number)?.canonical).toBe(doc.number);
  });

  it('covers every number style and the party and state conventions', () => {
    const styles = new Set(documents.map((d) => numberStyle(d.number)));
    expect([...styles].sort()).toEqual(['official-letter', 'party', 'state', 'state-with-year']);
    expect(documents.some((d) => d.number.includes('HĐND'))).toBe(true);
    expect(documents.some((d) => d.number.endsWith('/TW'))).toBe(true);
  });

  it('repeats numbers across issuers while ids stay unique', () => {
    const numbers = documents.map((d) => d.number);
    expect(new Set(numbers).size).toBeLessThan(numbers.length);
  });

  it('issues from districts, provinces and central bodies, with known district ids', () => {
    const ids = new Set(districts.map((d) => d.id));
    const local = documents.filter((d) => d.district);
    for (const d of local) expect(ids.has(d.district!)).toBe(true);
    expect(local.length).toBeGreaterThan(200);
    expect(documents.filter((d) => d.province).length).toBeGreaterThan(40);
    expect(documents.filter((d) => !d.province && !d.district).length).toBeGreaterThan(10);
  });

  it('dates a document in the year its id names', () => {
    for (const d of documents) {
      expect(d.id.endsWith(`-${d.year}`)).toBe(true);
      if (d.issuedOn) expect(d.issuedOn.startsWith(String(d.year))).toBe(true);
    }
  });
});
