/**
 * The visit counter's only client code: one request per page view, whose answer fills every
 * <bantin-counter> on the page (the article's view count and the site figures in the footer).
 * The HTML already shows the build-time figures; if the API cannot be reached, it stays as it is.
 */

import { countLang, formatCount } from '../counter/format.ts';

/** The API's answer, as far as this script uses it (docs/counter.md). */
interface Answer {
  views?: unknown;
  site?: Record<string, unknown>;
}

const counters: HTMLElement[] = [];
let answer: Answer | undefined;
let started = false;

function fill(counter: HTMLElement, figures: Answer): void {
  const lang = countLang(document.documentElement.lang);
  for (const slot of counter.querySelectorAll<HTMLElement>('[data-counter]')) {
    const key = slot.dataset['counter'] ?? '';
    const value = key === 'views' ? figures.views : figures.site?.[key];
    if (typeof value === 'number') slot.textContent = formatCount(value, lang);
  }
}

/**
 * The page's one request: a POST that counts this view, or, on a page the counter does not count
 * (the not-found page, whose address is whatever was mistyped), a GET that reads the site figures
 * through the home page's path and counts nothing.
 */
function hit(api: string): Promise<Response> {
  if (document.querySelector('bantin-counter[data-read-only]')) {
    const read = new URL(api, location.href);
    read.searchParams.set('path', '/');
    return fetch(read);
  }
  const withPath = document.querySelector<HTMLElement>('bantin-counter[data-path]');
  const path = withPath?.dataset['path'] ?? decodeURI(location.pathname);
  // A string body goes out as text/plain, a "simple" request: no CORS preflight when the API
  // lives on another origin. keepalive lets the hit finish if the reader leaves at once.
  return fetch(api, { method: 'POST', body: JSON.stringify({ path }), keepalive: true });
}

async function countThisView(): Promise<void> {
  const withApi = document.querySelector<HTMLElement>('bantin-counter[data-api]');
  try {
    const response = await hit(withApi?.dataset['api'] ?? '/api/hits');
    // Read whatever the answer, a refusal too, so the request is over rather than left open with
    // its answer unread.
    const figures = (await response.json()) as Answer | null;
    if (!response.ok || typeof figures !== 'object' || figures === null) return;
    answer = figures;
    for (const counter of counters) fill(counter, figures);
  } catch {
    // No API (a purely static host), offline, or blocked: the page keeps its build-time figures.
  }
}

function start(): void {
  // A page prerendered by speculation rules is not viewed until it is shown; a prefetched page
  // never runs this script at all.
  if ((document as Document & { prerendering?: boolean }).prerendering) {
    document.addEventListener('prerenderingchange', () => void countThisView(), { once: true });
  } else {
    void countThisView();
  }
}

customElements.define(
  'bantin-counter',
  class extends HTMLElement {
    connectedCallback(): void {
      counters.push(this);
      if (answer) fill(this, answer);
      if (!started) {
        started = true;
        // Wait until every counter on the page is upgraded, then send the page's one request.
        queueMicrotask(start);
      }
    }
  },
);
