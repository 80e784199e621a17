import { describe, expect, it } from 'vitest';
import type { CitedDocument } from './archiveIndex.ts';
import { documentByNumber } from './documentByNumber.ts';

const doc = (id: string, number: string, district?: string): CitedDocument => ({
  id,
  number,
  district,
  issuer: { vi: 'Huyện ủy', en: 'District Party Committee' },
});
const documents = [
  doc('tan-tru-55-nq-hu', '55-NQ/HU', 'tan-tru-long-an'),
  doc('tan-tru-01-ct-hu', '01-CT/HU', 'tan-tru-long-an'),
  doc('cho-lach-01-ct-hu', '01-CT/HU', 'cho-lach-ben-tre'),
  doc('long-an-09-nq-hdnd', '09/NQ-HĐND'),
];

describe('documentByNumber', () => {
  it('finds a document by its number as printed or as typed', () => {
    expect(documentByNumber(documents, '55-NQ/HU').document?.id).toBe('tan-tru-55-nq-hu');
    expect(documentByNumber(documents, 'NQ/HU 55').document?.id).toBe('tan-tru-55-nq-hu');
    expect(documentByNumber(documents, '9/nq-hdnd').document?.id).toBe('long-an-09-nq-hdnd');
  });

  it('needs the district when several districts issued the same number', () => {
    const shared = documentByNumber(documents, '01-CT/HU');
    expect(shared.document).toBeUndefined();
    if (shared.document === undefined) {
      expect(shared.problem.message.en).toBe('2 documents share the number 01-CT/HU');
      expect(shared.problem.fix.en).toContain('district="cho-lach-ben-tre"');
    }
    expect(documentByNumber(documents, '01-CT/HU', 'cho-lach-ben-tre').document?.id).toBe('cho-lach-01-ct-hu');
  });

  it('says so, in both languages, for a number that is unknown or not a number', () => {
    const unknown = documentByNumber(documents, '77-NQ/HU');
    expect(unknown.document === undefined && unknown.problem.message.vi).toContain('không có văn bản số 77-NQ/HU');
    const notNumber = documentByNumber(documents, 'hello');
    expect(notNumber.document === undefined && notNumber.problem.message.en).toBe('"hello" is not a document number');
  });
});
