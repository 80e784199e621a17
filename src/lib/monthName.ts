import type { Lang } from '../i18n/locales.ts';

/** The month of a "YYYY-MM" key as used after "Tháng" in Vietnamese ("3") or alone in English ("March"). */
export function monthName(monthKey: string, lang: Lang): string {
  const month = Number(monthKey.slice(5, 7));
  if (lang === 'vi') return String(month);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}
