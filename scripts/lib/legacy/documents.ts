import { docNumberKey, findDocNumbers, parseDocNumber, type DocNumber } from '../../../src/lib/docNumber.ts';
import { newDocumentEntry, sameDocuments } from '../documentsFile.ts';
import { issuerFromCode, namedIssuer } from '../issuers.ts';
import type { District, DocumentEntry } from '../readContent.ts';
import type { ReviewItem } from './review.ts';

/** A document number the article cites, with what the text says around it. */
export interface CitedDocument {
  number: DocNumber;
  /** The issuer as the text names it ("Ban Chấp hành Đảng bộ huyện", "Ủy ban nhân dân huyện Châu Thành"). */
  issuerText?: string;
  /** "YYYY-MM-DD" from "ngày 06/12/2023" or "ngày 20 tháng 12 năm 2023" right after the number. */
  issuedOn?: string;
  /** "về …" after the issuer: the document's subject. */
  title?: string;
  /** How the number was inferred when the text does not print it ("Chỉ thị 05 của Bộ Chính trị"). */
  inferredFrom?: string;
}

const issuerWords =
  '(?:Ban Chấp hành|BCH|Ban Thường vụ|Thường trực|Huyện ủy|Tỉnh ủy|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Bộ Chính trị|Ban Bí thư|Chính phủ|Thủ tướng)';
const dateAfter =
  /^\s*,?\s*(?:ban hành\s+)?ngày\s+(?:(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/u;
const issuerAfter = new RegExp(
  `^\\s*,?\\s*(?:của|do)\\s+(${issuerWords}[^,;.:()“"]*?)(?=\\s+(?:về|nhằm|để|và|với|đã|được|sẽ|đang|là|có|cũng|tiếp tục|trong|tại|năm|ngày)\\s|[,;.:()“"]|$)`,
  'u',
);
const titleAfter = /^\s*về\s+([^,;.]+?)(?=[,;.]\s|[,;.]$|$)/u;
const issuerBefore = new RegExp(
  `(?:[Nn]gày\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})\\s*,?\\s*)?(${issuerWords}[^,;.:()]*?)\\s+(?:đã\\s+)?ban hành\\s+(?:[\\p{L}]+\\s+){0,3}(?:số\\s*:?\\s*)?$`,
  'u',
);

/** Party documents the text names without their number's symbol: "Chỉ thị 05 của Bộ Chính trị" is 05-CT/TW. */
const centralByName =
  /(Nghị quyết|Chỉ thị|Kết luận|Quy định)\s+(?:số\s*:?\s*)?(\d{1,3})\s+(?:của\s+)?(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương)/gu;
const partyTypeCode: Record<string, string> = { 'Nghị quyết': 'NQ', 'Chỉ thị': 'CT', 'Kết luận': 'KL', 'Quy định': 'QĐi' };

/** Every document the text cites, once each, in order of first mention. */
export function findCitedDocuments(text: string): CitedDocument[] {
  const byKey = new Map<string, CitedDocument>();
  const add = (cited: CitedDocument) => {
    const key = docNumberKey(cited.number.canonical) ?? cited.number.canonical;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, cited);
    else {
      // A later mention may say what the first did not ("… 55-NQ/HU" then "55-NQ/HU ngày 06/12/2023").
      for (const field of ['issuerText', 'issuedOn', 'title'] as const)
        if (seen[field] === undefined && cited[field] !== undefined) seen[field] = cited[field];
    }
  };
  for (const { match, index, doc } of findDocNumbers(text)) {
    let after = text.slice(index + match.length, index + match.length + 300);
    const cited: CitedDocument = { number: doc };
    const date = dateAfter.exec(after);
    if (date) {
      const [d, m, y] = date[1] ? [date[1], date[2], date[3]] : [date[4], date[5], date[6]];
      cited.issuedOn = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      after = after.slice(date[0].length);
    }
    const issuer = issuerAfter.exec(after);
    if (issuer) {
      cited.issuerText = (issuer[1] ?? '').trim();
      const title = titleAfter.exec(after.slice(issuer[0].length));
      if (title) cited.title = `về ${(title[1] ?? '').trim()}`;
    } else {
      const before = issuerBefore.exec(text.slice(Math.max(0, index - 160), index));
      if (before) {
        // "Ngày 19/02/ 2024, Ủy ban nhân dân huyện … ban hành Kế hoạch số 27/KH-UBND": the date is the issue date.
        cited.issuerText = (before[4] ?? '').trim();
        if (before[1]) cited.issuedOn = `${before[3]}-${before[2]!.padStart(2, '0')}-${before[1].padStart(2, '0')}`;
      }
    }
    add(stripUndefined(cited));
  }
  for (const m of text.matchAll(centralByName)) {
    const number = parseDocNumber(`${m[2]}-${partyTypeCode[m[1] ?? ''] ?? 'NQ'}/TW`);
    if (number) add({ number, issuerText: m[3] ?? '', inferredFrom: m[0] });
  }
  return [...byKey.values()];
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Finds each cited document in documents.yaml (an entry of the same place: see sameDocuments), or
 * makes its entry.
 */
export function resolveCitedDocuments(
  cited: CitedDocument[],
  documents: DocumentEntry[],
  district: District | undefined,
  /** Ids already used in documents.yaml, valid entries or not. */
  reservedIds: Iterable<string> = [],
): { ids: string[]; added: DocumentEntry[]; review: ReviewItem[] } {
  const ids: string[] = [];
  const added: DocumentEntry[] = [];
  const review: ReviewItem[] = [];
  const taken = new Set([...reservedIds, ...documents.map((d) => d.id)]);
  for (const c of cited) {
    const canonical = c.number.canonical;
    const existing = sameDocuments(c.number, documents, district, c.issuerText);
    if (c.inferredFrom) {
      review.push({
        field: 'documents',
        vi: `số ${canonical} được suy ra từ "${c.inferredFrom}": kiểm tra lại`,
        en: `the number ${canonical} was inferred from "${c.inferredFrom}": check it`,
      });
    }
    if (existing.length === 1) {
      ids.push(existing[0]!.id);
      continue;
    }
    if (existing.length > 1) {
      review.push({
        field: 'documents',
        vi: `có nhiều văn bản số ${canonical}: ${existing.map((d) => d.id).join(', ')}; chọn văn bản đúng`,
        en: `several documents numbered ${canonical}: ${existing.map((d) => d.id).join(', ')}; choose the right one`,
      });
      continue;
    }
    if (!district) {
      review.push({
        field: 'documents',
        vi: `chưa thêm văn bản ${canonical} vào documents.yaml vì chưa rõ địa phương`,
        en: `${canonical} was not added to documents.yaml: the district is not known`,
      });
      continue;
    }
    const named = c.issuerText ? namedIssuer(c.issuerText, district) : null;
    const issuer = named ?? issuerFromCode(c.number, district);
    if (!issuer) {
      review.push({
        field: 'documents',
        vi: `chưa thêm văn bản ${canonical}: không rõ cơ quan ban hành`,
        en: `${canonical} was not added: its issuer is not known`,
      });
      continue;
    }
    if (!named) {
      review.push({
        field: 'documents',
        vi: `cơ quan ban hành ${canonical} ("${issuer.vi}") được suy ra từ ký hiệu, bài không ghi`,
        en: `the issuer of ${canonical} ("${issuer.en}") was inferred from its symbol; the text does not name it`,
      });
    }
    const entry = newDocumentEntry({ number: c.number, issuer, district, issuedOn: c.issuedOn, title: c.title }, taken);
    taken.add(entry.id);
    added.push(entry);
    ids.push(entry.id);
  }
  return { ids, added, review };
}
