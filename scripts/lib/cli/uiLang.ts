import type { Lang } from '../../../src/i18n/locales.ts';

/**
 * The language the tools speak: Vietnamese unless `--lang en` is given or the shell's locale is
 * English (LANG/LC_ALL "en_US.UTF-8"…). Editors are Vietnamese first; the English is for everyone else.
 */
export function uiLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'en' || flag === 'vi') return flag;
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^en\b|^en_/i.test(locale) ? 'en' : 'vi';
}
