import { gzipSync } from 'node:zlib';

/**
 * Page-weight figures for the budget in docs/performance.md: on an article's first load, HTML + CSS under
 * 14 KB gzipped (what fits in TCP's first round trip), JavaScript under 2 KB gzipped, nothing
 * render-blocking but the one stylesheet, and any font subset to what the page's text needs.
 * The pure parts live here; scripts/bench/lib/browserWeight.ts loads the page in Chromium to see
 * which resources (fonts above all) a page really requests.
 */

/** 14 KiB: ten TCP segments of ~1.4 KB, the usual initial congestion window. */
export const firstRoundTripBytes = 14 * 1024;
export const scriptBudgetBytes = 2 * 1024;

/** Gzipped size at the level web servers use by default (6). */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 6 }).byteLength;
}

export interface HeadResource {
  kind: 'stylesheet' | 'script';
  href: string;
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=[\\s/>])`, 'i').exec(tag);
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3] ?? '';
};

/**
 * Requests that block the first render: stylesheets in the head (unless media="print" or another
 * media that does not match a screen) and classic scripts without async or defer. Module scripts
 * are deferred by definition. Astro's output is regular enough for a tag scanner.
 */
export function renderBlockingResources(html: string): HeadResource[] {
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const found: HeadResource[] = [];
  for (const m of head.matchAll(/<(link|script)\b[^>]*>/gi)) {
    const tag = m[0];
    if (m[1]!.toLowerCase() === 'link') {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const media = (attr(tag, 'media') ?? 'all').toLowerCase();
      if (rel.includes('stylesheet') && attr(tag, 'disabled') === undefined && !/^\s*print\s*$/.test(media)) {
        found.push({ kind: 'stylesheet', href: attr(tag, 'href') ?? '' });
      }
    } else {
      const src = attr(tag, 'src');
      const type = (attr(tag, 'type') ?? '').toLowerCase();
      if (src !== undefined && type !== 'module' && attr(tag, 'async') === undefined && attr(tag, 'defer') === undefined) {
        found.push({ kind: 'script', href: src });
      }
    }
  }
  return found;
}

/** Inline `<script>` bodies (JSON-LD and other data blocks excluded: they never run). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = (attr(`<script${m[1]}>`, 'type') ?? '').toLowerCase();
    if (attr(`<script${m[1]}>`, 'src') !== undefined) continue;
    if (type !== '' && type !== 'module' && type !== 'text/javascript') continue;
    if (m[2]!.trim()) out.push(m[2]!);
  }
  return out;
}

export interface PageWeight {
  path: string;
  htmlGzip: number;
  cssGzip: number;
  /** Scripts the page loaded (files, gzipped) plus inline scripts (gzipped with the HTML already, listed for reference). */
  jsGzip: number;
  jsFiles: number;
  fonts: { url: string; bytes: number }[];
  renderBlocking: HeadResource[];
  /** Every other request the page made on load: images, data, API calls. */
  otherRequests: string[];
}

/** HTML + CSS within the first round trip, JS within its budget, one blocking stylesheet at most. */
export function meetsBudget(w: PageWeight): { firstRoundTrip: boolean; script: boolean; blocking: boolean } {
  return {
    firstRoundTrip: w.htmlGzip + w.cssGzip <= firstRoundTripBytes,
    script: w.jsGzip <= scriptBudgetBytes,
    blocking: w.renderBlocking.filter((r) => r.kind === 'stylesheet').length <= 1 && !w.renderBlocking.some((r) => r.kind === 'script'),
  };
}
