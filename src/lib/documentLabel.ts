import type { Lang } from '../i18n/locales.ts';
import type { CitedDocument } from './archiveIndex.ts';
import { docTypeName, parseDocNumber } from './docNumber.ts';

/** "Nghị quyết số 55-NQ/HU" / "Resolution No. 55-NQ/HU": the type named, as readers say it. */
export function documentLabel(doc: Pick<CitedDocument, 'number'>, lang: Lang): string {
  const parsed = parseDocNumber(doc.number);
  const number = parsed?.canonical ?? doc.number;
  if (!parsed) return number;
  return lang === 'vi' ? `${docTypeName(parsed.type, lang)} số ${number}` : `${docTypeName(parsed.type, lang)} No. ${number}`;
}
