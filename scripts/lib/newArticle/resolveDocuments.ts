import { docNumberKey, parseDocNumber, type DocNumber } from '../../../src/lib/docNumber.ts';
import type { District, DocumentEntry } from '../readContent.ts';

export interface ResolvedDocuments {
  /** Ids of documents already in documents.yaml, in the order given. */
  found: string[];
  /** Numbers not in documents.yaml yet. */
  unknown: DocNumber[];
  /** Numbers held by several documents (the same number from different issuers): the choices. */
  ambiguous: Array<{ number: string; choices: DocumentEntry[] }>;
  /** Text that is not a document number at all. */
  invalid: string[];
}

/**
 * Reads the document numbers an editor types ("55-NQ/HU, 27/KH-UBND"; any spacing or case) and finds
 * them in documents.yaml. A number is unique only per issuer, so when several documents share it the
 * one issued in the article's own district wins; if that does not settle it, the editor chooses.
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
    const key = docNumberKey(number.canonical);
    const same = documents.filter((d) => docNumberKey(d.number) === key);
    const local = same.filter((d) => d.district === district.id);
    const pick = same.length === 1 ? same : local.length === 1 ? local : [];
    if (pick[0]) result.found.push(pick[0].id);
    else if (same.length === 0) result.unknown.push(number);
    else result.ambiguous.push({ number: number.canonical, choices: same });
  }
  result.found = [...new Set(result.found)];
  return result;
}
