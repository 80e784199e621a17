/**
 * Builds the search page's dynamic parts as DOM nodes. Text from the index goes in as text nodes
 * (highlighted words as <mark>), never as HTML, with its "đ" restored (src/lib/searchFold.ts).
 */
import { restoreD } from '../lib/searchFold.ts';
import { highlight } from '../lib/searchHighlight.ts';
import type { DocumentOffer } from '../lib/searchFacets.ts';
import type { PagefindData } from './searchEngine.ts';

/** UI strings handed over by the page (SearchView.astro), with {{placeholders}} filled here. */
export type Strings = Record<string, string>;

export function format(strings: Strings, key: string, values: Record<string, string | number> = {}): string {
  return (strings[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** "3 kết quả" / "1 result": picks the plural form by the page language's rules. */
export function formatCount(strings: Strings, key: string, count: number, lang: string): string {
  const form = new Intl.PluralRules(lang).select(count);
  const formatted = new Intl.NumberFormat(lang).format(count);
  return format(strings, strings[`${key}.${form}`] === undefined ? `${key}.other` : `${key}.${form}`, { count: formatted });
}

function highlighted(text: string, words: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of highlight(restoreD(text), words)) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      fragment.append(mark);
    } else {
      fragment.append(segment.text);
    }
  }
  return fragment;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  return el;
}

/** One result: linked title, date · district · documents, excerpt; query words highlighted. */
export function resultItem(data: PagefindData, words: readonly string[], strings: Strings): HTMLLIElement {
  const item = element('li', 'result');
  const heading = element('h3');
  const link = element('a');
  link.href = data.url;
  link.append(highlighted(data.meta['title'] ?? data.url, words));
  heading.append(link);

  const meta = element('p', 'meta');
  const parts: (string | Node)[] = [restoreD(data.meta['date'] ?? ''), restoreD(data.meta['district'] ?? '')];
  if (data.meta['documents']) {
    const docs = element('span');
    docs.append(`${format(strings, 'search.result.documents')}: `, highlighted(data.meta['documents'], words));
    parts.push(docs);
  }
  parts
    .filter((p) => p !== '')
    .forEach((part, i) => {
      if (i > 0) {
        const dot = element('span');
        dot.setAttribute('aria-hidden', 'true');
        dot.textContent = ' · ';
        meta.append(dot);
      }
      meta.append(part);
    });

  const excerpt = element('p', 'excerpt');
  excerpt.append(highlighted(data.plain_excerpt, words));
  item.append(heading, meta, excerpt);
  return item;
}

/** A document page offered for a document-number query, with its issuer. */
export function offerItem(offer: DocumentOffer): HTMLLIElement {
  const item = element('li');
  const link = element('a');
  link.href = offer.url;
  link.textContent = offer.label;
  item.append(link, ` – ${offer.issuer}`);
  return item;
}

/**
 * Refills a filter's <select>: "All", then the values that give results (with their counts), and
 * the chosen value even when it gives none, so the reader always sees what is selected.
 */
export function fillOptions(
  select: HTMLSelectElement,
  counts: Record<string, number>,
  selected: string,
  label: (value: string) => string,
  order: (a: string, b: string) => number,
  strings: Strings,
): void {
  const values = Object.entries(counts)
    .filter(([value, count]) => count > 0 || value === selected)
    .map(([value]) => value);
  if (selected !== '' && !values.includes(selected)) values.push(selected);
  values.sort(order);
  const options = [new Option(format(strings, 'search.filter.all'), '')];
  for (const value of values) {
    options.push(new Option(format(strings, 'search.filter.option', { label: label(value), count: counts[value] ?? 0 }), value));
  }
  select.replaceChildren(...options);
  select.value = selected;
}
