/** The site's languages, defined once. Vietnamese is the original and has no URL prefix. */
export const locales = {
  vi: { label: 'Tiếng Việt', htmlLang: 'vi', prefix: '' },
  en: { label: 'English', htmlLang: 'en', prefix: '/en' },
} as const satisfies Record<string, { label: string; htmlLang: string; prefix: string }>;

export type Lang = keyof typeof locales;
export const langs = Object.keys(locales) as Lang[];
export const defaultLang: Lang = 'vi';

export function isLang(value: string): value is Lang {
  return Object.hasOwn(locales, value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}
