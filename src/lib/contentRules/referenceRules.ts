import { contentDir } from '../contentDir.ts';
import { isValidSlug, slugify } from '../slug.ts';
import type { ArticleEntry, ContentRefs } from './articleEntry.ts';
import { closestIds } from './closestIds.ts';
import type { Bilingual, Problem } from './problem.ts';
import type { SourceLines } from './sourceLines.ts';

// The rules about what an article or a document refers to: districts and documents by id.

/**
 * A document whose issuing district is not in districts.yaml would link to a page that does not
 * exist, and drop off its district's page. Nothing is reported when no district is known (the file
 * could not be read: that is its own problem).
 */
export function documentIssuerProblems(
  file: string,
  documents: readonly { id: string; district?: string | undefined }[],
  districts: ReadonlySet<string>,
  lineOf: (id: string) => number | undefined = () => undefined,
): Problem[] {
  if (districts.size === 0) return [];
  return documents.flatMap((doc) => {
    if (doc.district === undefined || districts.has(doc.district)) return [];
    return [
      {
        file,
        line: lineOf(doc.id),
        field: `${doc.id}.district`,
        severity: 'error' as const,
        message: {
          vi: `không có địa phương "${doc.district}" trong districts.yaml`,
          en: `there is no district "${doc.district}" in districts.yaml`,
        },
        fix: {
          vi: 'dùng id của một địa phương trong districts.yaml, hoặc thêm địa phương đó',
          en: 'use a district id from districts.yaml, or add that district',
        },
      },
    ];
  });
}

/** The article's district and documents must be ids in districts.yaml and documents.yaml; the fix names the closest ids. */
export function checkReferences(entry: ArticleEntry, refs: ContentRefs, lines: SourceLines): Problem[] {
  // Drafts never reach the site, so an unresolved reference there is a reminder, not a failure:
  // the importer writes a draft when it cannot tell the district.
  const severity = entry.data.draft ? 'warning' : 'error';
  const problems: Problem[] = [];
  const { district } = entry.data;
  if (!refs.districts.has(district)) {
    const file = `${contentDir}/districts.yaml`;
    problems.push({
      file: entry.file,
      line: lines.field(['district']),
      field: 'district',
      severity,
      message: { vi: `không có địa phương "${district}" trong ${file}`, en: `there is no district "${district}" in ${file}` },
      fix: suggestionFix(district, refs.districts, file, 'district'),
    });
  }
  entry.data.documents.forEach((id, index) => {
    if (refs.documents.has(id)) return;
    const file = `${contentDir}/documents.yaml`;
    problems.push({
      file: entry.file,
      line: lines.field(['documents', index]),
      field: `documents[${index}]`,
      severity,
      message: { vi: `không có văn bản "${id}" trong ${file}`, en: `there is no document "${id}" in ${file}` },
      fix: suggestionFix(id, refs.documents, file, 'document'),
    });
  });
  return problems;
}

function suggestionFix(id: string, known: ReadonlySet<string>, file: string, kind: 'district' | 'document'): Bilingual {
  // Editors write the name ("Tân Trụ") or the printed number ("55-NQ/HU") where the id goes: the
  // slug of what they wrote finds the id that contains it ("tan-tru-long-an", "…-55-nq-hu-2023").
  const close = [...new Set([...closestIds(id, known), ...closestIds(slugOrEmpty(id), known)])].slice(0, 3);
  const list = close.map((c) => `"${c}"`).join(', ');
  if (!isValidSlug(id)) {
    if (close.length === 0)
      return {
        vi: `ghi id của một mục trong ${file} (chữ thường không dấu, gạch ngang); chưa có thì thêm mục đó`,
        en: `write the id of an entry in ${file} (lower case, no tone marks, hyphens); add the entry if there is none`,
      };
    return kind === 'district'
      ? { vi: `ghi id chứ không ghi tên: có phải ý bạn là ${list}?`, en: `write the id, not the name: did you mean ${list}?` }
      : { vi: `ghi id chứ không ghi số văn bản: có phải ý bạn là ${list}?`, en: `write the id, not the number: did you mean ${list}?` };
  }
  if (close.length === 0) {
    return {
      vi: `thêm mục có id "${id}" vào ${file}, hoặc dùng một id đã có trong tệp đó`,
      en: `add an entry with id "${id}" to ${file}, or use an id that is already there`,
    };
  }
  return {
    vi: `có phải ý bạn là ${list}? Nếu không, thêm mục "${id}" vào ${file}`,
    en: `did you mean ${list}? If not, add "${id}" to ${file}`,
  };
}

function slugOrEmpty(text: string): string {
  try {
    return slugify(text, 200);
  } catch {
    return '';
  }
}
