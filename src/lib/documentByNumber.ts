import type { CitedDocument } from './archiveIndex.ts';
import { docNumberKey } from './docNumber.ts';

export type DocumentLookup =
  { document: CitedDocument } | { document: undefined; problem: { message: { vi: string; en: string }; fix: { vi: string; en: string } } };

/**
 * The document an article names by its number, as printed or typed ("55-NQ/HU", "NQ-HU 55"),
 * compared by `docNumberKey`. Numbers repeat across districts (every district committee issues
 * its own "01-CT/HU"), so a number that several documents share needs the issuing district.
 */
export function documentByNumber(documents: Iterable<CitedDocument>, number: string, district?: string): DocumentLookup {
  const key = docNumberKey(number);
  if (key === null) {
    return {
      document: undefined,
      problem: {
        message: { vi: `"${number}" không phải số hiệu văn bản`, en: `"${number}" is not a document number` },
        fix: { vi: 'viết số hiệu như trên văn bản, ví dụ number="55-NQ/HU"', en: 'write the number as printed, e.g. number="55-NQ/HU"' },
      },
    };
  }
  const matches = [...documents].filter((d) => docNumberKey(d.number) === key && (district === undefined || d.district === district));
  if (matches.length === 1) return { document: matches[0]! };
  if (matches.length === 0) {
    const where = district === undefined ? '' : ` (${district})`;
    return {
      document: undefined,
      problem: {
        message: {
          vi: `không có văn bản số ${number}${where} trong content/documents.yaml`,
          en: `there is no document numbered ${number}${where} in content/documents.yaml`,
        },
        fix: {
          vi: 'sửa số hiệu, hoặc thêm văn bản vào content/documents.yaml',
          en: 'correct the number, or add the document to content/documents.yaml',
        },
      },
    };
  }
  const districts = matches.map((d) => `district="${d.district ?? ''}"`).join(', ');
  return {
    document: undefined,
    problem: {
      message: { vi: `có ${matches.length} văn bản cùng số ${number}`, en: `${matches.length} documents share the number ${number}` },
      fix: { vi: `thêm huyện ban hành: ${districts}`, en: `add the issuing district: ${districts}` },
    },
  };
}
