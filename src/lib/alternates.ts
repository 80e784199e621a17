import type { Lang } from '../i18n/locales.ts';
import { langs } from '../i18n/locales.ts';

/** A page's path in each language that has it. */
export type Alternates = Partial<Record<Lang, string>>;

/** The same page in every language, for pages that always exist in both (home, lists, search). */
export function bothLanguages(pathFor: (lang: Lang) => string): Alternates {
  return Object.fromEntries(langs.map((lang) => [lang, pathFor(lang)]));
}
