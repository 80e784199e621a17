import type { Lang } from '../i18n/locales.ts';
import { langs } from '../i18n/locales.ts';

/** A page's path in each language that has it. */
export type Alternates = Partial<Record<Lang, string>>;

/** The same page in every language, for pages that always exist in both (home, lists, search). */
export function bothLanguages(pathFor: (lang: Lang) => string): Alternates {
  return Object.fromEntries(langs.map((lang) => [lang, pathFor(lang)]));
}

/**
 * A paginated list's alternates: page 1 is the same list in both languages; page n of one language
 * lists other articles than page n of the other, so a later page has no translation.
 */
export function listAlternates(lang: Lang, page: number, pathFor: (lang: Lang, page?: number) => string): Alternates {
  return page === 1 ? bothLanguages((l) => pathFor(l)) : { [lang]: pathFor(lang, page) };
}
