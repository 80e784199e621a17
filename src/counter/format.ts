import type { Lang } from '../i18n/locales.ts';

/** What a figure shows before the live count arrives, or when there is none. */
export const noFigure = '–';

const formats = new Map<string, Intl.NumberFormat>();

/** A count as readers of `lang` write it: "2.315" in Vietnamese, "2,315" in English. */
export function formatCount(value: number | undefined, lang: Lang): string {
  if (value === undefined || !Number.isFinite(value)) return noFigure;
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 })));
  return format.format(value);
}
