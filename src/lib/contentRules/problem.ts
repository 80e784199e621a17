import type { Lang } from '../../i18n/locales.ts';

/**
 * What every content rule reports: where (file, line, field), what is wrong and how to fix it, in
 * Vietnamese and English. The readers are editors at district offices, not developers.
 */
export interface Problem {
  file: string;
  /** 1-based line in the file, where the problem can be pinned to one. */
  line?: number | undefined;
  /** The frontmatter field ("district", "documents[1]", "cover.alt"), or "path", "slug", "body". */
  field: string;
  severity: 'error' | 'warning';
  message: Bilingual;
  fix: Bilingual;
}

export type Bilingual = { vi: string; en: string };

/** "file:line  field  what is wrong  →  how to fix", in one language. */
export function formatProblem(p: Problem, lang: Lang): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where}  ${p.field}  ${p.message[lang]}  →  ${p.fix[lang]}`;
}
