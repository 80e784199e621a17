/**
 * npm run bench:search -- [--articles 10000] [--runs 5] [--index-runs 3 (0: queries only)] [--seed S] [--out bench-out/search] [--site DIR]
 *                          [--working-tree]
 *
 * The search benchmark on a synthetic archive of N bilingual articles (scripts/bench/gen-corpus.ts):
 * - builds the site on it (`astro build`, whose integration writes the Pagefind indexes) from the
 *   committed code (HEAD; --working-tree takes uncommitted edits too) in a private copy, social cards
 *   off (they do not touch search and are most of a cold build), unless --site names a build already
 *   made, or OUT holds one of this seed, size and commit;
 * - index build time: Pagefind over the built pages, as the integration runs it (median of runs);
 * - index size on disk, by kind of file;
 * - for ten typical queries, in Chromium against the real server (`src/server/main.ts`), each run in
 *   a fresh browser context (nothing cached):
 *   - page open: bytes the search page loads by itself (Pagefind waits for the reader's intent);
 *   - focus: the reader focuses the search box, which loads the headline bundle: time and bytes;
 *   - fresh query: then the reader submits a query none of whose index chunks are loaded yet: time
 *     to the first results on screen, bytes transferred until then and until the full answer
 *     (count, filters; the full bundle loads with this first question) is in, by kind of file;
 *   - shared link: opening /tim-kiem/?q=… cold: time from navigation to first results, all bytes.
 *   Bytes are what a compressing server sends: text files gzipped, Pagefind's own files (already
 *   compressed) as they are.
 * Budget (docs/performance.md): a fresh query under 300 ms and 300 KB. Writes OUT/results.json and OUT/results.md.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { writeSearchIndex } from '../../src/integrations/searchIndexer.ts';
import { langs, type Lang } from '../../src/i18n/locales.ts';
import { bundleDir, bundleDirs } from '../../src/lib/searchBundles.ts';
import { paths } from '../../src/lib/paths.ts';
import { chromiumLaunchOptions } from '../lib/chromium.ts';
import { gzipSize } from './lib/pageWeight.ts';
import { exportCommit, snapshotSite } from './lib/snapshot.ts';
import { readArgsOrExit, type Usage } from '../lib/cli/commandLine.ts';
import { freePort } from '../lib/net.ts';
import { fileKind } from './lib/searchBench.ts';
import { formatBytes, formatDuration, median } from './lib/stats.ts';
import { corpusFiles, corpusSummary, defaultSeed, generateCorpus, type Corpus } from './lib/corpus/corpus.ts';
import { markerFile, writeCorpus, type CorpusMarker } from './lib/corpus/write.ts';

const repo = resolve(import.meta.dirname, '../..');
const budget = { ms: 300, bytes: 300 * 1024 };

const usage: Usage = {
  command: 'npm run bench:search',
  vi: `Đo tìm kiếm trên một kho bài tổng hợp: thời gian dựng chỉ mục, dung lượng, và mười truy vấn trong Chromium.
  npm run bench:search -- [--articles 10000] [--runs 5] [--index-runs 3] [--seed S] [--out bench-out/search] [--site DIR] [--working-tree]`,
  en: `Measures search on a synthetic archive: index build time, size, and ten queries in Chromium.
  npm run bench:search -- [--articles 10000] [--runs 5] [--index-runs 3] [--seed S] [--out bench-out/search] [--site DIR] [--working-tree]`,
};

function options() {
  const { values } = readArgsOrExit(usage, {
    options: {
      articles: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '5' },
      'index-runs': { type: 'string', default: '3' },
      seed: { type: 'string', default: defaultSeed },
      out: { type: 'string', default: 'bench-out/search' },
      site: { type: 'string' },
      'working-tree': { type: 'boolean', default: false },
    },
  });
  const articles = Number(values.articles);
  const runs = Number(values.runs);
  const indexRuns = Number(values['index-runs']);
  if (![articles, runs].every((n) => Number.isInteger(n) && n >= 1) || !Number.isInteger(indexRuns) || indexRuns < 0)
    throw new Error('--articles and --runs take positive integers, --index-runs a whole number (0: the queries only)');
  return {
    articles,
    runs,
    indexRuns,
    seed: values.seed,
    out: resolve(values.out),
    site: values.site ? resolve(values.site) : undefined,
    workingTree: values['working-tree'],
  };
}

interface Query {
  lang: Lang;
  q: string;
  /** Why it is typical. */
  kind: string;
}

/** Ten queries readers type: common words, places with and without tone marks, document numbers as typed. */
function typicalQueries(corpus: Corpus): Query[] {
  const stateDoc = corpus.documents.find((d) => /^\d+\/KH-UBND$/.test(d.number)) ?? corpus.documents[0]!;
  const partyDoc = corpus.documents.find((d) => /^\d+-NQ\/HU$/.test(d.number)) ?? corpus.documents[1]!;
  const [number, symbol] = stateDoc.number.split('/') as [string, string];
  return [
    { lang: 'vi', q: 'nong thon moi nang cao', kind: 'common words, no tone marks' },
    { lang: 'vi', q: 'chuyển đổi số', kind: 'phrase with tone marks' },
    { lang: 'vi', q: 'Tân Trụ', kind: 'district with marks' },
    { lang: 'vi', q: 'chau thanh', kind: 'district without marks (several provinces)' },
    { lang: 'vi', q: 'dong khoi', kind: 'đ typed as d' },
    { lang: 'vi', q: `${symbol} ${number}`, kind: 'document number, symbol first' },
    { lang: 'vi', q: partyDoc.number.toLowerCase(), kind: 'document number, lower case' },
    { lang: 'en', q: 'new rural', kind: 'English common words' },
    { lang: 'en', q: 'digital transformation', kind: 'English phrase' },
    { lang: 'en', q: 'Tan Tru', kind: 'English district name' },
  ];
}

async function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Promise<number> {
  const { cwd, env, logFile } = options;
  const started = performance.now();
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  await writeFile(logFile, log);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}); see ${logFile}`);
  return performance.now() - started;
}

/** The corpus and the site built on it, reused when OUT already holds this seed and size. */
async function ensureSite(opts: ReturnType<typeof options>, corpus: Corpus): Promise<{ dir: string; source: string; buildMs?: number }> {
  if (opts.site) return { dir: opts.site, source: `site ${opts.site}` };
  const corpusDir = join(opts.out, `corpus-${opts.articles}`);
  const siteDir = join(opts.out, `site-${opts.articles}`);
  const marker = { seed: opts.seed, articles: opts.articles };
  const same = async (file: string, source?: string) => {
    try {
      const m = JSON.parse(await readFile(file, 'utf8')) as CorpusMarker & { source?: string };
      return m.seed === marker.seed && m.articles === marker.articles && (source === undefined || m.source === source);
    } catch {
      return false;
    }
  };
  if (!(await same(join(corpusDir, markerFile)))) await writeCorpus(corpusDir, corpusFiles(corpus), marker);
  // In a private copy of the sources: a build in the working tree would race any other build there.
  const sources = join(opts.out, 'sources');
  const source = opts.workingTree ? 'working tree' : `commit ${commitOf('HEAD')}`;
  const builtMarker = join(opts.out, `site-${opts.articles}.json`);
  if (!opts.workingTree && (await same(builtMarker, source)) && existsSync(join(siteDir, 'pagefind', 'pagefind.js')))
    return { dir: siteDir, source };
  process.stdout.write(`Building the site on ${opts.articles} articles (${source})… `);
  if (opts.workingTree) await snapshotSite(repo, sources, join(repo, 'node_modules'));
  else await snapshotCommit(sources);
  const { BANTIN_CACHE_DIR: _ignored, ...inherited } = process.env;
  const buildMs = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', siteDir], {
    cwd: sources,
    env: { ...inherited, BANTIN_CONTENT_DIR: corpusDir, BANTIN_SOCIAL_CARDS: 'off', FORCE_COLOR: '0' },
    logFile: join(opts.out, 'build.log'),
  });
  console.log(formatDuration(buildMs));
  await writeFile(builtMarker, JSON.stringify({ ...marker, source }));
  return { dir: siteDir, source, buildMs };
}

function commitOf(ref: string): string {
  return execFileSync('git', ['rev-parse', ref], { cwd: repo, encoding: 'utf8' }).trim();
}

/** HEAD's files in `to`, with the repo's packages linked in (scripts/bench/lib/snapshot.ts). */
async function snapshotCommit(to: string): Promise<void> {
  const exported = `${to}-commit`;
  await exportCommit(repo, 'HEAD', exported);
  await snapshotSite(exported, to, join(repo, 'node_modules'));
  await rm(exported, { recursive: true, force: true });
}

async function filesUnder(dir: string): Promise<{ path: string; size: number }[]> {
  const names = await readdir(dir, { recursive: true });
  const files = await Promise.all(names.map(async (name) => ({ path: name, info: await stat(join(dir, name)) })));
  return files.filter((f) => f.info.isFile()).map((f) => ({ path: f.path, size: f.info.size }));
}

/** Labels for `fileKind`'s kinds in the report. */
const kindLabels: Record<string, string> = {
  index: 'word index chunks (index/)',
  fragment: 'result fragments (fragment/)',
  filter: 'filter data (filter/)',
  meta: 'language metadata (*.pf_meta)',
  wasm: 'WebAssembly (wasm.*)',
  script: 'scripts and entry (pagefind*.js, entry.json)',
};

/** Index size by kind, both languages together: what a reader may download (chunks, fragments) versus loads once (wasm, meta). */
async function indexSize(siteDir: string, bundle: string): Promise<Record<string, { files: number; bytes: number }>> {
  const kinds: Record<string, { files: number; bytes: number }> = {};
  for (const file of await filesUnder(join(siteDir, bundle))) {
    const kind = kindLabels[fileKind(`/${bundle}/${file.path}`).split('/')[1]!]!;
    kinds[kind] ??= { files: 0, bytes: 0 };
    kinds[kind].files += 1;
    kinds[kind].bytes += file.size;
  }
  return kinds;
}

/** Bytes a compressing server would send for a response: text gzipped, Pagefind's binaries as they are. */
async function wireBytes(request: Request): Promise<number> {
  const response = await request.response();
  if (!response) return 0;
  const body = await response.body().catch(() => Buffer.alloc(0));
  const type = response.headers()['content-type'] ?? '';
  return /text|javascript|json|svg|xml/.test(type) ? gzipSize(body) : body.byteLength;
}

interface Transfer {
  bytes: number;
  requests: number;
  /** Bytes by fileKind. */
  byKind: Record<string, number>;
}

async function transfer(list: { request: Request }[]): Promise<Transfer> {
  const sizes = await Promise.all(list.map((f) => wireBytes(f.request)));
  const byKind: Record<string, number> = {};
  list.forEach((f, i) => {
    const kind = fileKind(new URL(f.request.url()).pathname);
    byKind[kind] = (byKind[kind] ?? 0) + sizes[i]!;
  });
  return { bytes: sizes.reduce((a, b) => a + b, 0), requests: list.length, byKind };
}

/**
 * Records every request of a page; `between(from, to)` sums those finished between two marks of
 * the bench's clock; `started(from, to, doneBy)` those started between two moments of the
 * browser's clock (epoch ms) and finished by a third. The page's own moments (focus, first
 * results) are measured in the page: the bench hears of them, and of the worker's requests, late.
 */
function recordRequests(page: Page) {
  const finished: { at: number; request: Request }[] = [];
  page.on('requestfinished', (request) => finished.push({ at: performance.now(), request }));
  return {
    mark: () => performance.now(),
    between: (from: number, to = Infinity): Promise<Transfer> => transfer(finished.filter((f) => f.at >= from && f.at <= to)),
    started: (from: number, to = Infinity, doneBy = Infinity): Promise<Transfer> =>
      transfer(
        finished.filter(({ request }) => {
          const t = request.timing();
          return t.startTime >= from && t.startTime < to && t.startTime + Math.max(t.responseEnd, t.responseStart, 0) <= doneBy;
        }),
      ),
  };
}

/**
 * Runs in the page: focuses the search box and resolves when the headline bundle and the facets
 * file are loaded, with that time and the moment of the focus by the browser's clock.
 */
function focusSearch(): Promise<{ ms: number; at: number }> {
  const start = performance.now();
  document.querySelector<HTMLInputElement>('#search-q')!.focus();
  return new Promise((done) => {
    const check = () => {
      const loaded =
        document.querySelector<HTMLElement>('bantin-search')?.dataset['loaded'] === 'head' &&
        performance.getEntriesByType('resource').some((e) => e.name.endsWith('/facets.json'));
      if (loaded) done({ ms: performance.now() - start, at: performance.timeOrigin + start });
      else setTimeout(check, 5);
    };
    check();
  });
}

/**
 * Runs in the page: submits `query` (or, for null, waits for the search the URL started) and
 * resolves with the milliseconds until results, or the "no results" answer, are on screen (for
 * null, counted from the start of the navigation), with the moments of the submission and of the
 * first results by the browser's clock.
 */
function waitForResults(query: string | null): Promise<{ ms: number; startAt: number; at: number }> {
  return new Promise((done) => {
    const search = document.querySelector<HTMLElement>('bantin-search')!;
    let start = 0;
    const check = () => {
      const shown = document.querySelector('[data-results] li, [data-other-results] li');
      const answered = search.dataset['state'] === 'done' && (document.querySelector('[data-status]')?.textContent ?? '') !== '';
      if (shown || answered) {
        observer.disconnect();
        const now = performance.now();
        done({ ms: now - start, startAt: performance.timeOrigin + start, at: performance.timeOrigin + now });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(search, { subtree: true, childList: true, attributes: true, characterData: true });
    if (query !== null) {
      const input = document.querySelector<HTMLInputElement>('#search-q')!;
      input.value = query;
      start = performance.now();
      input.form!.requestSubmit();
    } else {
      check();
    }
  });
}

interface QueryRun {
  freshMs: number;
  /** Bytes until the first results are on screen. */
  firstBytes: number;
  /** Bytes until the full answer is in (count, filter counts). */
  freshBytes: number;
  freshRequests: number;
  /** Milliseconds until the full answer is in. */
  completeMs: number;
  /** The count the page announces. */
  results: number;
  freshByKind: Record<string, number>;
  firstByKind: Record<string, number>;
  linkMs: number;
  linkBytes: number;
  /** Opening the page: bytes until the network is idle. */
  openBytes: number;
  openByKind: Record<string, number>;
  /** Focus in the search box until the headline bundle (and the facets file) is loaded. */
  focusMs: number;
  focusBytes: number;
  focusByKind: Record<string, number>;
}

async function measureQuery(browser: Browser, origin: string, query: Query): Promise<QueryRun> {
  // Fresh query: the page is open, the reader focuses the box (the headline bundle loads), then searches.
  let context = await browser.newContext();
  let page = await context.newPage();
  let log = recordRequests(page);
  await page.goto(`${origin}${paths.search(query.lang)}`, { waitUntil: 'networkidle' });
  const focused = await page.evaluate(focusSearch);
  const before = log.mark();
  const submitted = await page.evaluate(waitForResults, query.q);
  const freshMs = submitted.ms;
  // The first results may show before the full search ends: wait for it, then for the network.
  await page.waitForSelector('bantin-search[data-state="done"]');
  const completeMs = log.mark() - before;
  await page.waitForLoadState('networkidle');
  const open = await log.started(0, focused.at);
  const focus = await log.started(focused.at, submitted.startAt);
  const first = await log.started(submitted.startAt, Infinity, submitted.at);
  const fresh = await log.started(submitted.startAt);
  const focusMs = focused.ms;
  const status = (await page.textContent('[data-status]')) ?? '';
  const results = Number(/\d[\d.,\s]*/.exec(status)?.[0]?.replace(/\D/g, '') ?? 0);
  await context.close();

  // Shared link: a cold visit to the search URL.
  context = await browser.newContext();
  page = await context.newPage();
  log = recordRequests(page);
  const start = log.mark();
  await page.goto(`${origin}${paths.search(query.lang)}?q=${encodeURIComponent(query.q)}`, { waitUntil: 'domcontentloaded' });
  const linkMs = (await page.evaluate(waitForResults, null)).ms;
  await page.waitForSelector('bantin-search[data-state="done"]');
  await page.waitForLoadState('networkidle');
  const link = await log.between(start);
  await context.close();
  return {
    freshMs,
    firstBytes: first.bytes,
    freshBytes: fresh.bytes,
    freshRequests: fresh.requests,
    completeMs,
    results,
    freshByKind: fresh.byKind,
    firstByKind: first.byKind,
    linkMs,
    linkBytes: link.bytes,
    openBytes: open.bytes,
    openByKind: open.byKind,
    focusMs,
    focusBytes: focus.bytes,
    focusByKind: focus.byKind,
  };
}

async function startServer(siteDir: string, out: string): Promise<{ origin: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['src/server/main.ts'], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SITE_DIR: siteDir,
      COUNTER_DB: join(out, 'counter.sqlite'),
      COUNTER_RATE_LIMIT: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('the server did not start');
}

async function main(): Promise<void> {
  const opts = options();
  await mkdir(opts.out, { recursive: true });
  const corpus = generateCorpus({ articles: opts.articles, seed: opts.seed });
  const summary = corpusSummary(corpus);
  const site = await ensureSite(opts, corpus);

  // Index build time: the build's indexer (src/integrations/searchIndexer.ts) over the built pages, into a scratch folder.
  const scratch = await mkdtemp(join(opts.out, 'index-'));
  const indexRuns: { ms: number; pages: number; bytes: number }[] = [];
  for (let i = 1; i <= opts.indexRuns; i++) {
    process.stdout.write(`Indexing ${site.dir} (run ${i}/${opts.indexRuns})… `);
    const stats = await writeSearchIndex(site.dir, scratch);
    indexRuns.push({ ms: stats.milliseconds, pages: stats.pages, bytes: stats.bytes });
    console.log(`${formatDuration(stats.milliseconds)}, ${stats.pages} pages read`);
  }
  await rm(scratch, { recursive: true, force: true });
  const indexMs = indexRuns.length === 0 ? undefined : median(indexRuns.map((x) => x.ms));
  const sizes: Record<string, { files: number; bytes: number }> = {};
  for (const bundle of Object.values(bundleDirs)) {
    if (!existsSync(join(site.dir, bundle))) continue;
    for (const [kind, size] of Object.entries(await indexSize(site.dir, bundle))) sizes[`${bundle}/: ${kind}`] = size;
  }
  const entry = { languages: {} as Record<string, { page_count: number }> };
  for (const lang of langs) {
    const bundle = JSON.parse(await readFile(join(site.dir, bundleDir('full', lang), 'pagefind-entry.json'), 'utf8')) as typeof entry;
    Object.assign(entry.languages, bundle.languages);
  }

  const queries = typicalQueries(corpus);
  const server = await startServer(site.dir, opts.out);
  const loadBefore = os.loadavg()[0]!;
  const browser = await chromium.launch(chromiumLaunchOptions);
  const perQuery: { query: Query; runs: QueryRun[] }[] = queries.map((query) => ({ query, runs: [] }));
  try {
    for (let r = 1; r <= opts.runs; r++) {
      for (const slot of perQuery) {
        process.stdout.write(`run ${r}/${opts.runs} · ${slot.query.lang} · ${slot.query.q}… `);
        const result = await measureQuery(browser, server.origin, slot.query);
        slot.runs.push(result);
        console.log(
          `first ${Math.round(result.freshMs)} ms, ${formatBytes(result.firstBytes)}; complete ${Math.round(result.completeMs)} ms, ${formatBytes(result.freshBytes)}; ${result.results} results (shared link ${Math.round(result.linkMs)} ms, ${formatBytes(result.linkBytes)}); first results from ${Object.entries(
            result.firstByKind,
          )
            .map(([kind, bytes]) => `${kind} ${formatBytes(bytes)}`)
            .join(', ')}`,
        );
      }
    }
  } finally {
    await browser.close();
    server.child.kill();
  }

  type NumberKey = { [K in keyof QueryRun]: QueryRun[K] extends number ? K : never }[keyof QueryRun];
  const med = (runs: QueryRun[], key: NumberKey) => median(runs.map((x) => x[key]));
  const medByKind = (runs: QueryRun[], key: ByKindKey) => {
    const kinds = [...new Set(runs.flatMap((x) => Object.keys(x[key])))].sort();
    return Object.fromEntries(kinds.map((kind) => [kind, median(runs.map((x) => x[key][kind] ?? 0))]));
  };
  const rows = perQuery.map(({ query, runs }) => ({
    lang: query.lang,
    query: query.q,
    kind: query.kind,
    results: med(runs, 'results'),
    freshMs: med(runs, 'freshMs'),
    firstBytes: med(runs, 'firstBytes'),
    completeMs: med(runs, 'completeMs'),
    freshBytes: med(runs, 'freshBytes'),
    freshByKind: medByKind(runs, 'freshByKind'),
    openByKind: medByKind(runs, 'openByKind'),
    focusByKind: medByKind(runs, 'focusByKind'),
    freshRequests: med(runs, 'freshRequests'),
    linkMs: med(runs, 'linkMs'),
    linkBytes: med(runs, 'linkBytes'),
    openBytes: med(runs, 'openBytes'),
    focusMs: med(runs, 'focusMs'),
    focusBytes: med(runs, 'focusBytes'),
    withinBudget: med(runs, 'freshMs') < budget.ms && med(runs, 'firstBytes') < budget.bytes,
  }));
  const results = {
    startedAt: new Date().toISOString(),
    corpus: {
      ...summary,
      seed: opts.seed,
      indexedPages: Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count])),
    },
    source: site.source,
    siteBuildMs: site.buildMs,
    index: {
      medianMs: indexMs,
      runs: indexRuns,
      bytes: Object.values(sizes).reduce((a, s) => a + s.bytes, 0),
      byKind: sizes,
    },
    runs: opts.runs,
    machine: { cpus: os.cpus().length, loadAverage: { before: loadBefore, after: os.loadavg()[0]! } },
    budget,
    queries: rows,
  };
  await writeFile(join(opts.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(opts.out, 'results.md'), toMarkdown(results));
  console.log(`\n${toMarkdown(results)}`);
}

type ByKindKey = 'freshByKind' | 'openByKind' | 'focusByKind';

function kindsOf(queries: Record<ByKindKey, Record<string, number>>[], key: ByKindKey): string[] {
  return [...new Set(queries.flatMap((q) => Object.keys(q[key])))].sort();
}

function byKind(queries: Record<ByKindKey, Record<string, number>>[], key: ByKindKey): string {
  return kindsOf(queries, key)
    .map((k) => `${k} ${formatBytes(median(queries.map((q) => q[key][k] ?? 0)))}`)
    .join(', ');
}

function toMarkdown(r: {
  corpus: { articles: number; translations: number; districts: number; documents: number; indexedPages: Record<string, number> };
  source: string;
  siteBuildMs: number | undefined;
  index: { medianMs: number | undefined; bytes: number; byKind: Record<string, { files: number; bytes: number }> };
  runs: number;
  machine: { cpus: number; loadAverage: { before: number; after: number } };
  queries: {
    lang: string;
    query: string;
    kind: string;
    results: number;
    freshMs: number;
    firstBytes: number;
    completeMs: number;
    freshBytes: number;
    freshByKind: Record<string, number>;
    openByKind: Record<string, number>;
    focusByKind: Record<string, number>;
    freshRequests: number;
    linkMs: number;
    linkBytes: number;
    openBytes: number;
    focusMs: number;
    focusBytes: number;
    withinBudget: boolean;
  }[];
}): string {
  const lines = [
    `# Search benchmark: ${r.corpus.articles} articles + ${r.corpus.translations} translations`,
    '',
    `Indexed pages: ${Object.entries(r.corpus.indexedPages)
      .map(([l, n]) => `${l} ${n}`)
      .join(', ')}; ${r.corpus.districts} districts, ${r.corpus.documents} documents.`,
    `Site: ${r.source}.`,
    r.siteBuildMs === undefined ? '' : `Site build (astro build, social cards off, index included): ${formatDuration(r.siteBuildMs)}.`,
    `Index build (Pagefind over the built pages, median): ${r.index.medianMs === undefined ? 'not measured (--index-runs 0)' : formatDuration(r.index.medianMs)}. Index on disk: ${formatBytes(r.index.bytes)}.`,
    '',
    '| files | count | size |',
    '|---|---:|---:|',
    ...Object.entries(r.index.byKind).map(([kind, s]) => `| ${kind} | ${s.files} | ${formatBytes(s.bytes)} |`),
    '',
    `Machine: ${r.machine.cpus} CPUs, load average ${r.machine.loadAverage.before.toFixed(1)} before the queries and ${r.machine.loadAverage.after.toFixed(1)} after (timings grow with it).`,
    '',
    `Medians of ${r.runs} runs, each in a fresh Chromium context. Fresh query: page open, search box focused (headline bundle loaded), first search for these words (the full bundle loads with it). Budget: first results in < ${budget.ms} ms with < ${formatBytes(budget.bytes)} transferred.`,
    '',
    '| lang | query | kind | results | fresh query: first results | transferred until then | complete answer | transferred in all | requests | shared link, cold: first results | transferred | within budget |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|',
    ...r.queries.map(
      (q) =>
        `| ${q.lang} | ${q.query} | ${q.kind} | ${q.results} | ${Math.round(q.freshMs)} ms | ${formatBytes(q.firstBytes)} | ${Math.round(q.completeMs)} ms | ${formatBytes(q.freshBytes)} | ${q.freshRequests} | ${Math.round(q.linkMs)} ms | ${formatBytes(q.linkBytes)} | ${q.withinBudget ? 'yes' : 'NO'} |`,
    ),
    '',
    'Fresh query, bytes by file (median; bundle/kind):',
    '',
    '| query | ' + kindsOf(r.queries, 'freshByKind').join(' | ') + ' |',
    '|---|' +
      kindsOf(r.queries, 'freshByKind')
        .map(() => '---:')
        .join('|') +
      '|',
    ...r.queries.map(
      (q) =>
        `| ${q.query} | ${kindsOf(r.queries, 'freshByKind')
          .map((k) => formatBytes(q.freshByKind[k] ?? 0))
          .join(' | ')} |`,
    ),
    '',
    `Opening the search page (median over all runs): ${formatBytes(median(r.queries.map((q) => q.openBytes)))}; by file: ${byKind(r.queries, 'openByKind')}.`,
    '',
    `Focus in the search box until the headline bundle is loaded (median over all runs): ${Math.round(median(r.queries.map((q) => q.focusMs)))} ms, ${formatBytes(median(r.queries.map((q) => q.focusBytes)))}; by file: ${byKind(r.queries, 'focusByKind')}.`,
    '',
  ];
  return lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
