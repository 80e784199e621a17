import { docNumberKey, parseDocNumber, type DocNumber } from '../../../src/lib/docNumber.ts';
import { sameDocuments } from '../documentsFile.ts';
import type { District, DocumentEntry } from '../readContent.ts';

export interface ResolvedDocuments {
  /** Ids of documents already in documents.yaml, in the order given. */
  found: string[];
  /**
   * Numbers not in documents.yaml yet for this article's place, with the documents of the same
   * number from other places (another district's "27/KH-UBND" is another plan).
   */
  unknown: Array<{ number: DocNumber; elsewhere: DocumentEntry[] }>;
  /** Numbers held by several documents of the same place: the choices. */
  ambiguous: Array<{ number: string; choices: DocumentEntry[] }>;
  /** Text that is not a document number at all. */
  invalid: string[];
}

/**
 * Reads the document numbers an editor types ("55-NQ/HU, 27/KH-UBND"; any spacing or case) and finds
 * them in documents.yaml, the way the importer does: a district body's number means the document of
 * the article's own district, a provincial one its province's, a central one the central document.
 * An id from documents.yaml is taken as it is, so another place's document can still be cited.
 */
export function resolveDocuments(input: string, documents: DocumentEntry[], district: District): ResolvedDocuments {
  const result: ResolvedDocuments = { found: [], unknown: [], ambiguous: [], invalid: [] };
  const byId = new Map(documents.map((d) => [d.id, d]));
  for (const part of input.split(/[,;\n]/)) {
    const text = part.trim();
    if (text === '') continue;
    if (byId.has(text)) {
      result.found.push(text);
      continue;
    }
    const number = parseDocNumber(text);
    if (!number) {
      result.invalid.push(text);
      continue;
    }
    const same = sameDocuments(number, documents, district);
    if (same.length === 1) result.found.push(same[0]!.id);
    else if (same.length > 1) result.ambiguous.push({ number: number.canonical, choices: same });
    else {
      const key = docNumberKey(number.canonical);
      result.unknown.push({ number, elsewhere: documents.filter((d) => docNumberKey(d.number) === key) });
    }
  }
  result.found = [...new Set(result.found)];
  return result;
}
