import type { Lang } from '../i18n/locales.ts';

/** What a figure shows before the live count arrives, or when there is none. */
export const noFigure = '–';

/** How each language groups thousands: what `Intl.NumberFormat` gives for it. */
const groupSeparator: Record<Lang, string> = { vi: '.', en: ',' };

/**
 * The language of a page's `lang` attribute for `formatCount`: Vietnamese, the default, if it is
 * none of ours. Read from this table rather than src/i18n/locales.ts, because the search page's
 * script imports that too: the counter's script would then load it as a chunk of its own, one
 * more request on every page before the counter can count.
 */
export function countLang(htmlLang: string): Lang {
  return Object.hasOwn(groupSeparator, htmlLang) ? (htmlLang as Lang) : 'vi';
}

/**
 * A count as readers of `lang` write it: "2.315" in Vietnamese, "2,315" in English, rounded to a
 * whole number. Written out rather than through `Intl.NumberFormat`, because the counter's script
 * formats the live figures on every page: a browser's first `Intl.NumberFormat` loads its locale
 * data, which took 40–80 ms of the main thread in Chromium here, and Lighthouse counts a task four
 * times over as blocking time (docs/performance.md).
 */
export function formatCount(value: number | undefined, lang: Lang): string {
  if (value === undefined || !Number.isFinite(value)) return noFigure;
  const whole = Math.round(value);
  const grouped = String(Math.abs(whole)).replace(/\B(?=(?:\d{3})+$)/g, groupSeparator[lang]);
  return whole < 0 ? `-${grouped}` : grouped;
}
