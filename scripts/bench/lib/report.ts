import type { BuildPhases, RouteCost } from './astroLog.ts';
import { firstRoundTripBytes, meetsBudget, scriptBudgetBytes, type PageWeight } from './pageWeight.ts';
import { formatBytes, formatDuration, growth, median, ratio, summarize, type Summary } from './stats.ts';

/** What `npm run bench` writes to bench-out/results.json, and the markdown table made from it. */

export type BuildName = 'site' | 'bare';
/** Cold: no cache; warm: every cache of the build before; edited: warm, after one article changed. */
export const cacheModes = ['cold', 'warm', 'edited'] as const;
export type CacheMode = (typeof cacheModes)[number];

export interface BuildRunResult {
  run: number;
  wallMs: number;
  /** The largest process's peak. */
  peakRssBytes: number;
  /** The peak of all the build's processes together (absent in results from before it was measured). */
  peakTotalRssBytes?: number | undefined;
  exitCode: number;
  htmlPages: number;
  distBytes: number;
  pagefindBytes: number;
  phases: BuildPhases;
  log: string;
  /** The machine's load average (1, 5, 15 min) when the run ended: the figures hold on a quiet machine only. */
  loadAverage?: number[] | undefined;
}

export interface BuildResult {
  build: BuildName;
  mode: CacheMode;
  runs: BuildRunResult[];
  /** Time per route in the median run (site only). */
  routeCosts?: RouteCost[];
}

export interface SizeResult {
  articles: number;
  /** Article files: originals + translations. */
  files: number;
  mdxFiles: number;
  /** Photo files in the corpus (covers and gallery photos; absent in results from before it had photos). */
  photos?: number | undefined;
  builds: BuildResult[];
  pageWeight: PageWeight[];
}

export interface BenchResults {
  startedAt: string;
  /** What was built: "commit <id>", "working tree" or reused copies. */
  source: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; astro: string; loadAverage: number[] };
  options: { sizes: number[]; runs: number[]; seed: string; modes: CacheMode[]; nodeOptions?: string };
  sizes: SizeResult[];
  /** The search benchmark (scripts/bench/search.ts), run on the largest size's site unless --no-search. */
  search?: SearchBenchResult | undefined;
}

export interface SearchBenchResult {
  articles: number;
  exitCode: number;
  /** Its own results.md, folded into ours. */
  markdown?: string | undefined;
  resultsDir: string;
}

export interface BuildSummary {
  wallMs: Summary;
  msPerPage: Summary;
  peakRssBytes: Summary;
  peakTotalRssBytes: Summary | undefined;
  htmlPages: number;
  distBytes: number;
  pagefindBytes: number;
  failed: number;
}

export function summarizeBuild(result: BuildResult): BuildSummary | undefined {
  const ok = result.runs.filter((r) => r.exitCode === 0);
  if (ok.length === 0) return undefined;
  return {
    wallMs: summarize(ok.map((r) => r.wallMs)),
    msPerPage: summarize(ok.map((r) => r.wallMs / Math.max(1, r.htmlPages))),
    peakRssBytes: summarize(ok.map((r) => r.peakRssBytes)),
    peakTotalRssBytes: ok.every((r) => r.peakTotalRssBytes !== undefined) ? summarize(ok.map((r) => r.peakTotalRssBytes!)) : undefined,
    htmlPages: median(ok.map((r) => r.htmlPages)),
    distBytes: median(ok.map((r) => r.distBytes)),
    pagefindBytes: median(ok.map((r) => r.pagefindBytes)),
    failed: result.runs.length - ok.length,
  };
}

/**
 * The build budgets: the site's full build at most this many times the bare Astro build of the same
 * archive in the same run (docs/performance.md). Without photos, 1.5× cold and warm; with photos,
 * 1.5× cold and 1.3× warm with the image cache kept; an edited rebuild is a warm one. They are set for the 10,000-article archive;
 * smaller sizes are shown against them too.
 */
export const buildBudgets: Record<'photos' | 'text', Record<CacheMode, number>> = {
  photos: { cold: 1.5, warm: 1.3, edited: 1.3 },
  text: { cold: 1.5, warm: 1.5, edited: 1.5 },
};

/** The build budget for an archive: the one with photos unless it has none. */
export function buildBudget(mode: CacheMode, photos: number | undefined): number {
  return buildBudgets[photos === 0 ? 'text' : 'photos'][mode];
}

const range = (s: Summary, format: (n: number) => string) =>
  s.n > 1 ? `${format(s.median)} (${format(s.min)}–${format(s.max)})` : format(s.median);
const times = (r: number | undefined) => (r === undefined ? '–' : `${r.toFixed(2)}×`);
const msPerPage = (ms: number) => ms.toFixed(1);

function find(size: SizeResult, build: BuildName, mode: CacheMode) {
  return size.builds.find((b) => b.build === build && b.mode === mode);
}

/** The 1-minute load averages recorded at the end of the runs: "3.1–4.2", or "–" when none were. */
export function loadRange(result: BuildResult | undefined): string {
  const loads = (result?.runs ?? []).flatMap((r) => (r.loadAverage?.[0] === undefined ? [] : [r.loadAverage[0]]));
  if (loads.length === 0) return '–';
  const [min, max] = [Math.min(...loads), Math.max(...loads)];
  return min === max ? min.toFixed(1) : `${min.toFixed(1)}–${max.toFixed(1)}`;
}

/**
 * The RSS ratio: of all processes where both builds have that figure, of the largest process where
 * neither has (results from before it was measured); never one against the other.
 */
function rssRatio(site: BuildSummary, bare: BuildSummary): number | undefined {
  if (site.peakTotalRssBytes && bare.peakTotalRssBytes) return ratio(site.peakTotalRssBytes.median, bare.peakTotalRssBytes.median);
  if (!site.peakTotalRssBytes && !bare.peakTotalRssBytes) return ratio(site.peakRssBytes.median, bare.peakRssBytes.median);
  return undefined;
}

const buildHeadings: Record<CacheMode, string> = {
  cold: 'Cold builds (empty caches: what CI does from a fresh checkout)',
  warm: 'Warm rebuilds (content, image, card, search and Vite caches kept from a previous build)',
  edited: "Edited rebuilds (warm, after one Vietnamese article's body changed: an editor's commit)",
};

function buildTable(results: BenchResults, mode: CacheMode): string[] {
  const lines = [
    `### ${buildHeadings[mode]}`,
    '',
    '| Articles (files, MDX, photos) | Build | HTML pages | Wall time, median (range) | ms / page | Peak RSS, largest process, median (range) | Peak RSS, all processes at once | dist/ | Pagefind index | Ours ÷ bare: wall · ms/page · RSS of all processes | Load avg (1 min) at end of runs |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const size of results.sizes) {
    const site = find(size, 'site', mode);
    const bare = find(size, 'bare', mode);
    const s = site && summarizeBuild(site);
    const b = bare && summarizeBuild(bare);
    const photos = size.photos === undefined ? '' : `, ${size.photos.toLocaleString('en')}`;
    const label = `${size.articles.toLocaleString('en')} (${size.files.toLocaleString('en')}, ${size.mdxFiles.toLocaleString('en')}${photos})`;
    for (const [name, summary, other] of [
      ['site', s, b],
      ['bare', b, undefined],
    ] as const) {
      if (!summary) {
        if ((name === 'site' ? site : bare) !== undefined) lines.push(`| ${label} | ${name} | failed | | | | | | | | |`);
        continue;
      }
      const ratios =
        name === 'site' && other
          ? `${times(ratio(summary.wallMs.median, other.wallMs.median))} · ${times(ratio(summary.msPerPage.median, other.msPerPage.median))} · ${times(rssRatio(summary, other))}`
          : '';
      lines.push(
        `| ${label} | ${name}${summary.failed ? ` (${summary.failed} failed)` : ''} | ${summary.htmlPages.toLocaleString('en')} | ${range(summary.wallMs, formatDuration)} | ${range(summary.msPerPage, msPerPage)} | ${range(summary.peakRssBytes, formatBytes)} | ${summary.peakTotalRssBytes ? range(summary.peakTotalRssBytes, formatBytes) : '–'} | ${formatBytes(summary.distBytes)} | ${summary.pagefindBytes ? formatBytes(summary.pagefindBytes) : '–'} | ${ratios} | ${loadRange(name === 'site' ? site : bare)} |`,
      );
    }
  }
  const verdicts = results.sizes.flatMap((size) => {
    const s = find(size, 'site', mode);
    const b = find(size, 'bare', mode);
    const site = s && summarizeBuild(s);
    const bare = b && summarizeBuild(b);
    const r = site && bare ? ratio(site.wallMs.median, bare.wallMs.median) : undefined;
    const budget = buildBudget(mode, size.photos);
    const archive = size.photos === 0 ? 'without photos' : 'with photos';
    return r === undefined
      ? []
      : [`${size.articles.toLocaleString('en')} ${archive}: ${times(r)}, ${r <= budget ? 'within' : 'over'} ${budget.toFixed(2)}×`];
  });
  if (verdicts.length > 0) {
    lines.push('', `Budget: site wall time ÷ bare (${mode}, set for 10,000 articles). This run: ${verdicts.join('; ')}.`);
  }
  const perPage = results.sizes.flatMap((size) => {
    const s = find(size, 'site', mode);
    const summary = s && summarizeBuild(s);
    return summary ? [{ size: size.articles, value: summary.msPerPage.median }] : [];
  });
  const g = growth(perPage);
  if (g !== undefined) {
    lines.push(
      '',
      `Site ms/page at ${Math.max(...perPage.map((p) => p.size)).toLocaleString('en')} ÷ at ${Math.min(...perPage.map((p) => p.size)).toLocaleString('en')} articles: ${times(g)} (1.00× = cost per page flat).`,
    );
  }
  return lines;
}

function phaseTable(results: BenchResults, mode: CacheMode): string[] {
  const lines = [
    `### Where the time goes (${mode}, median run of each)`,
    '',
    '| Articles | Build | Content sync + types | Vite bundle | Static routes | Images (files, from cache) | Pagefind | Total (Astro) |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
  ];
  const cell = (ms: number | undefined) => (ms === undefined ? '–' : formatDuration(ms));
  for (const size of results.sizes) {
    for (const build of ['site', 'bare'] as const) {
      const result = find(size, build, mode);
      const run = result && medianRun(result);
      if (!run) continue;
      const p = run.phases;
      lines.push(
        `| ${size.articles.toLocaleString('en')} | ${build} | ${cell(p.syncMs)} | ${cell(p.bundleMs)} | ${cell(p.staticRoutesMs)} | ${imageCell(p)} | ${cell(p.pagefindMs)} | ${cell(p.totalMs)} |`,
      );
    }
  }
  return lines;
}

/** "3m 10s (12,600, 0 cached)": the image phase's time and files; "–" for a build without one. */
function imageCell(p: BuildPhases): string {
  if (p.imagesMs === undefined) return '–';
  const files = p.images === undefined ? '' : ` (${p.images.toLocaleString('en')}, ${(p.imagesCached ?? 0).toLocaleString('en')} cached)`;
  return `${formatDuration(p.imagesMs)}${files}`;
}

/** The successful run with the median wall time (the lower middle one for an even count). */
export function medianRun(result: BuildResult): BuildRunResult | undefined {
  const ok = result.runs.filter((r) => r.exitCode === 0).sort((a, b) => a.wallMs - b.wallMs);
  return ok[(ok.length - 1) >> 1];
}

function routeTable(results: BenchResults, mode: CacheMode): string[] {
  const largest = [...results.sizes].reverse().find((s) => find(s, 'site', mode)?.routeCosts?.length);
  const costs = largest && find(largest, 'site', mode)?.routeCosts;
  if (!largest || !costs) return [];
  const total = costs.reduce((sum, c) => sum + c.ms, 0);
  return [
    `### Static routes by cost (site, ${mode}, ${largest.articles.toLocaleString('en')} articles, median run)`,
    '',
    // Astro prints each page's time from its start to its end; with build.concurrency above 1 the
    // pages overlap, so the times add up to more than the phase, and only their shares compare.
    'Times as Astro logs them, from start to end of each page; pages rendered at once overlap, so the sums exceed the phase and the shares are what compares.',
    '',
    '| Route | Files | Total | ms / file | Share |',
    '|---|--:|--:|--:|--:|',
    ...costs
      .slice(0, 15)
      .map(
        (c) =>
          `| \`${c.route}\` | ${c.files.toLocaleString('en')} | ${formatDuration(c.ms)} | ${(c.ms / c.files).toFixed(1)} | ${((100 * c.ms) / Math.max(1, total)).toFixed(0)}% |`,
      ),
  ];
}

function weightTable(results: BenchResults): string[] {
  const size = [...results.sizes].reverse().find((s) => s.pageWeight.length > 0);
  if (!size) return [];
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const lines = [
    `### Page weight, first load (site, ${size.articles.toLocaleString('en')} articles; gzip level 6; Chromium, phone viewport)`,
    '',
    `Budget: HTML + CSS ≤ ${kib(firstRoundTripBytes)} gzipped, JS ≤ ${kib(scriptBudgetBytes)} gzipped outside the search page, no render-blocking request but one stylesheet.`,
    '',
    '| Page | HTML | CSS | HTML + CSS | JS (files) | Fonts loaded | Render-blocking | Budget |',
    '|---|--:|--:|--:|--:|--:|--:|---|',
  ];
  for (const w of size.pageWeight) {
    const budget = meetsBudget(w);
    const isSearch = /\/(tim-kiem|search)\/$/.test(w.path);
    const verdict = [
      budget.firstRoundTrip ? 'HTML+CSS ok' : 'HTML+CSS over',
      isSearch ? 'JS n/a (search)' : budget.script ? 'JS ok' : 'JS over',
      budget.blocking ? 'blocking ok' : 'blocking over',
    ].join(', ');
    const fontBytes = w.fonts.reduce((sum, f) => sum + f.bytes, 0);
    lines.push(
      `| \`${w.path}\` | ${kib(w.htmlGzip)} | ${kib(w.cssGzip)} | ${kib(w.htmlGzip + w.cssGzip)} | ${kib(w.jsGzip)} (${w.jsFiles}) | ${w.fonts.length}, ${kib(fontBytes)} | ${w.renderBlocking.length} | ${verdict} |`,
    );
  }
  const fonts = [...new Set(size.pageWeight.flatMap((w) => w.fonts.map((f) => f.url.replace(/^.*\//, ''))))].sort();
  if (fonts.length > 0) lines.push('', `Font files requested: ${fonts.map((f) => `\`${f}\``).join(', ')}.`);
  return lines;
}

export function toMarkdown(results: BenchResults): string {
  const m = results.machine;
  const out = [
    '# Build benchmark',
    '',
    `${results.startedAt} · ${m.cpus} × ${m.cpuModel} · ${formatBytes(m.memoryBytes)} RAM · Node ${m.node} · Astro ${m.astro} · ${results.source} · load average at start ${m.loadAverage.map((l) => l.toFixed(2)).join(' ')}`,
    '',
    `Runs per build: ${results.options.runs.join(', ')} (by size; site and bare alternate) · seed "${results.options.seed}"${results.options.nodeOptions ? ` · NODE_OPTIONS=${results.options.nodeOptions}` : ''}. Wall time is the whole build command; ms/page divides it by the HTML pages written; peak RSS is given for the largest process of the build and for all its processes at once (Astro, its worker threads and the Pagefind processes), polled every 100 ms.`,
    '',
  ];
  for (const mode of results.options.modes) {
    out.push(...buildTable(results, mode), '', ...phaseTable(results, mode), '');
    const routes = routeTable(results, mode);
    if (routes.length > 0) out.push(...routes, '');
  }
  const weight = weightTable(results);
  if (weight.length > 0) out.push(...weight, '');
  if (results.search) out.push(...searchSection(results.search), '');
  return out.join('\n');
}

/** The search bench's own report under one heading, its headings one level down. */
function searchSection(search: SearchBenchResult): string[] {
  const heading = `### Search: \`npm run bench:search\` on this bench's ${search.articles.toLocaleString('en')}-article site`;
  if (search.exitCode !== 0 || !search.markdown) {
    return [heading, '', `The search bench failed (exit ${search.exitCode}); see ${search.resultsDir}.`];
  }
  const body = search.markdown
    .split('\n')
    .filter((line, i) => !(i === 0 && line.startsWith('# ')))
    .map((line) => (/^#{1,5} /.test(line) ? `##${line}` : line));
  return [heading, '', ...body];
}
