/**
 * Reads the phases of an `astro build` out of its log, so the bench can say where the time went
 * without instrumenting Astro: content sync, Vite bundling, static generation (per route), the
 * Pagefind index. Astro prints the time each generated file took ("├─ /tin-tuc/2024/x/index.html
 * (+12ms)"); summing those by route shows which routes cost what.
 */

export interface BuildPhases {
  /** "[types] Generated 4.28s": content sync and type generation. */
  syncMs?: number | undefined;
  /** Every "[vite] ✓ built in …" added up. */
  bundleMs?: number | undefined;
  /** "generating static routes" … "✓ Completed in …". */
  staticRoutesMs?: number | undefined;
  /** "generating optimized images" … "✓ Completed in …": every resized or re-encoded picture. */
  imagesMs?: number | undefined;
  /** Image files written in that phase, and how many of them came from Astro's image cache. */
  images?: number | undefined;
  imagesCached?: number | undefined;
  /**
   * What the site's Pagefind integration adds after the static routes: "[bantin:pagefind] Indexed N
   * pages as they were rendered, wrote the bundles in X s", or, when it reads the pages from dist/
   * after the build instead, "Indexed N pages in X s".
   */
  pagefindMs?: number | undefined;
  /** "N page(s) built in …". */
  pages?: number | undefined;
  totalMs?: number | undefined;
}

export interface RouteCost {
  route: string;
  files: number;
  ms: number;
}

const ansi = /\u001b\[[0-9;]*m/g;

/** "12.43s" | "2m 43s" | "950ms" | "1h 2m 3s" → milliseconds. */
export function parseDuration(text: string): number | undefined {
  let total = 0;
  let matched = false;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|h|m|s)\b/g)) {
    matched = true;
    const value = Number(m[1]);
    total += m[2] === 'ms' ? value : m[2] === 's' ? value * 1000 : m[2] === 'm' ? value * 60_000 : value * 3_600_000;
  }
  return matched ? total : undefined;
}

export function parsePhases(log: string): BuildPhases {
  const text = log.replace(ansi, '');
  const phases: BuildPhases = {};
  const types = /\[types\] Generated ([^\n]+)/.exec(text);
  if (types) phases.syncMs = parseDuration(types[1]!);
  const bundles = [...text.matchAll(/\[vite\] ✓ built in ([^\n]+)/g)].map((m) => parseDuration(m[1]!) ?? 0);
  if (bundles.length > 0) phases.bundleMs = bundles.reduce((a, b) => a + b, 0);
  const routes = /generating static routes[\s\S]*?✓ Completed in ([^\n]+)/.exec(text);
  if (routes) phases.staticRoutesMs = parseDuration(routes[1]!);
  const images = /generating optimized images[\s\S]*?✓ Completed in ([^\n]+)/.exec(text);
  if (images) {
    phases.imagesMs = parseDuration(images[1]!);
    // One line per file: "▶ /_astro/x.hash.webp (before: 250kB, after: 20kB) (+120ms) (3/45)" or
    // "(reused cache entry)" when Astro copied it from its cache (node_modules/.astro/assets/).
    const lines = [...text.matchAll(/▶ \S+ \((reused cache entry|revalidated cache entry|before: [^)]*)\)/g)];
    phases.images = lines.length;
    phases.imagesCached = lines.filter((m) => !m[1]!.startsWith('before')).length;
  }
  const pagefind = /Indexed \d+ pages (?:as they were rendered, wrote the bundles )?in ([\d.]+) ?s/.exec(text);
  if (pagefind) phases.pagefindMs = Number(pagefind[1]) * 1000;
  const built = /(\d+) page\(s\) built in ([^\n]+)/.exec(text);
  if (built) {
    phases.pages = Number(built[1]);
    phases.totalMs = parseDuration(built[2]!);
  }
  return phases;
}

/**
 * A route label for an output file: years become ":year", numbers ":n", slugs and ids "*".
 * "/tin-tuc/2024/x/index.html" → "/tin-tuc/:year/*\/"; "/og/vi/2024/x.png" → "/og/*\/:year/*.png".
 */
export function routeOf(file: string): string {
  const segments = file.split('/').filter(Boolean);
  const last = segments.at(-1) ?? '';
  const isPage = last === 'index.html';
  const body = isPage ? segments.slice(0, -1) : segments;
  const keep = body[0] === 'en' ? 2 : 1;
  const out = body.map((segment, i) => {
    if (i < keep && !/^\d+$/.test(segment)) return segment;
    if (/^\d{4}$/.test(segment)) return ':year';
    if (/^\d+$/.test(segment)) return ':n';
    if (!isPage && i === body.length - 1) return /[\d-]/.test(segment) ? segment.replace(/^.*?(\.[a-z0-9]+)$/i, '*$1') : segment;
    return '*';
  });
  return `/${out.join('/')}${isPage ? (out.length > 0 ? '/' : '') : ''}`;
}

/** Time per route from the "(+12ms)" lines, most expensive first. */
export function routeCosts(log: string): RouteCost[] {
  const costs = new Map<string, RouteCost>();
  for (const m of log.replace(ansi, '').matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const route = routeOf(m[1]!);
    const cost = costs.get(route) ?? { route, files: 0, ms: 0 };
    cost.files++;
    cost.ms += Number(m[2]);
    costs.set(route, cost);
  }
  return [...costs.values()].sort((a, b) => b.ms - a.ms || a.route.localeCompare(b.route));
}
