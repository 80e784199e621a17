import i18next, { type TOptions } from 'i18next';
import vi from './vi.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import type { Lang } from './locales.ts';

/** A UI string key. Vietnamese is the reference: a key missing there is a type error. */
export type UiKey = keyof typeof vi;

export const dictionaries = { vi, en } satisfies Record<Lang, Record<UiKey, string>>;

// One i18next instance for the build, initialised synchronously: UI strings are bundled JSON,
// so there is nothing to load and no reason for async setup in every page.
const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  lng: 'vi',
  fallbackLng: false,
  resources: { vi: { translation: vi }, en: { translation: en } },
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/**
 * Strings asked for without values, kept once looked up: an article page asks for about fifty,
 * and i18next works each out afresh (3 s of a 20,000-page build's rendering thread).
 */
const plain = new Map<string, string>();

/** The UI string `key` in `lang`, with {{placeholders}} filled from `values`. */
export function t(lang: Lang, key: UiKey, values?: TOptions): string {
  if (values) return i18n.t(key, { ...values, lng: lang });
  const id = `${lang} ${key}`;
  let text = plain.get(id);
  if (text === undefined) plain.set(id, (text = i18n.t(key, { lng: lang })));
  return text;
}
