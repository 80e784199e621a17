/**
 * npm run bench -- [--sizes 1000,5000,10000] [--runs 3 | --runs 3,3,1] [--modes cold,warm,edited] [--seed S] [--out bench-out]
 *                  [--builds site,bare] [--no-weight] [--no-search] [--no-photos] [--working-tree | --reuse-sites] [--write-docs]
 *
 * Builds the site (its full `npm run build`: every page, feed, card, picture and the search index)
 * and a bare Astro site (scripts/bench/bare: one collection, one article route, the same picture
 * files) on the same synthetic corpus of N articles with their photos, alternating and repeating,
 * and reports medians and ranges of wall time, ms per page, peak RSS, dist/ and Pagefind sizes,
 * the site's time as a ratio to the bare build, where the time went (images included), and
 * page-weight figures measured in Chromium. Writes OUT/results.json and OUT/results.md, and with
 * --write-docs the table between the markers in docs/performance.md.
 *
 * Cold runs start with no cache at all; warm runs keep every cache of the build before them,
 * Astro's image cache (node_modules/.astro/assets/) included, for both sites. Edited runs are warm
 * runs after an editor's change: before each, one Vietnamese article gets another sentence (and
 * gets its text back at the end).
 *
 * Both sites are built from private copies under OUT/sites/ (see scripts/bench/lib/snapshot.ts),
 * so nothing is written into the source tree and no other build in the repo is raced.
 *
 * Then, unless --no-search, the search benchmark (scripts/bench/search.ts) runs as a subprocess
 * on the site just built at the largest size, and its report is folded into ours.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { paths } from '../../src/lib/paths.ts';
import { readArgsOrExit, type Usage } from '../lib/cli/commandLine.ts';
import { routeCosts, parsePhases } from './lib/astroLog.ts';
import { measurePages } from './lib/browserWeight.ts';
import { dirStats, runMeasured } from './lib/measure.ts';
import {
  medianRun,
  toMarkdown,
  type BenchResults,
  type BuildName,
  type BuildResult,
  cacheModes,
  type CacheMode,
  type SizeResult,
} from './lib/report.ts';
import { docsBlock, replaceResultsBlock } from './lib/resultsBlock.ts';
import { exportCommit, snapshotSite } from './lib/snapshot.ts';
import { formatBytes, formatDuration } from './lib/stats.ts';
import { corpusSummary, defaultSeed, generateCorpus, type Corpus } from './lib/corpus/corpus.ts';
import { markerFile, type CorpusMarker } from './lib/corpus/write.ts';
import { noPhotos } from './lib/corpus/photos.ts';
import { writeCorpusWithPhotos } from './lib/corpus/writePhotos.ts';

const repo = resolve(import.meta.dirname, '../..');
const docsFile = join(repo, 'docs', 'performance.md');

const options = `[--sizes 1000,5000,10000] [--runs 3 | --runs 3,3,1] [--modes cold,warm,edited] [--seed S] [--out bench-out]
    [--builds site,bare] [--no-weight] [--no-search] [--no-photos] [--working-tree | --reuse-sites] [--write-docs]`;

const usage: Usage = {
  command: 'npm run bench',
  vi: `Dựng trang và trang Astro trần (scripts/bench/bare) trên cùng một kho bài tổng hợp có ảnh, xen kẽ,
rồi báo trung vị thời gian, bộ nhớ, kích thước và tỉ lệ so với trang trần (docs/performance.md).
  npm run bench -- ${options}
  --sizes         số bài của mỗi kho, cách nhau bằng dấu phẩy
  --runs          số lần dựng mỗi bên: một số, hoặc một số cho mỗi kho
  --modes         cold (không bộ đệm nào), warm (giữ bộ đệm của lần dựng trước, cả bộ đệm ảnh)
                  và/hoặc edited (như warm, sau khi sửa nội dung một bài tiếng Việt)
  --builds        site và/hoặc bare
  --no-weight     không đo trọng lượng trang trong Chromium
  --no-search     không chạy bench:search sau cùng
  --working-tree  dựng cả thay đổi chưa commit (mặc định: HEAD)
  --reuse-sites   dựng lại các bản sao của lần bench trước
  --no-photos     cùng kho bài nhưng không ảnh: cái giá của bản dựng ngoài ảnh
  --write-docs    thay bảng giữa hai dấu <!-- bench:results:… --> trong docs/performance.md`,
  en: `Builds the site and the bare Astro site (scripts/bench/bare) on the same synthetic archive with
photos, alternating, and reports medians of time, memory, sizes and ratios to bare (docs/performance.md).
  npm run bench -- ${options}
  --sizes         articles in each archive, comma-separated
  --runs          builds of each site: one count, or one per size
  --modes         cold (no cache at all), warm (every cache of the build before kept, images too)
                  and/or edited (as warm, after the body of one Vietnamese article was changed)
  --builds        site and/or bare
  --no-weight     skip the page weights measured in Chromium
  --no-search     skip bench:search at the end
  --working-tree  build uncommitted edits too (default: HEAD)
  --reuse-sites   rebuild the copies of the previous bench
  --no-photos     the same archive without photos: what the build costs besides its images
  --write-docs    replace the table between the <!-- bench:results:… --> markers in docs/performance.md`,
};

const optionSpec = {
  sizes: { type: 'string', default: '1000,5000,10000' },
  runs: { type: 'string', default: '3' },
  modes: { type: 'string', default: 'cold' },
  seed: { type: 'string', default: defaultSeed },
  out: { type: 'string', default: 'bench-out' },
  builds: { type: 'string', default: 'site,bare' },
  'no-weight': { type: 'boolean', default: false },
  'no-search': { type: 'boolean', default: false },
  'no-photos': { type: 'boolean', default: false },
  'reuse-sites': { type: 'boolean', default: false },
  'working-tree': { type: 'boolean', default: false },
  'write-docs': { type: 'boolean', default: false },
} as const;

/** A wrong value: one line, Vietnamese / English, and exit 2, as for an unknown option. */
function badValue(vi: string, en: string): never {
  process.stderr.write(`${vi} / ${en}  →  npm run bench -- --help\n`);
  process.exit(2);
}

function readOptions() {
  const { values } = readArgsOrExit(usage, { options: optionSpec });
  const list = (s: string) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const sizes = list(values.sizes).map(Number);
  // One count for every size, or one per size ("3,3,1": the largest size once).
  const runList = list(values.runs).map(Number);
  const runs = sizes.map((_, i) => runList[runList.length === 1 ? 0 : i] ?? Number.NaN);
  const modes = list(values.modes) as CacheMode[];
  const builds = list(values.builds) as BuildName[];
  if (sizes.length === 0 || [...sizes, ...runs].some((n) => !Number.isInteger(n) || n < 1)) {
    badValue(
      '--sizes nhận các số nguyên dương; --runs một số nguyên dương, hoặc một số cho mỗi kho',
      '--sizes takes positive integers; --runs a positive integer, or one per size',
    );
  }
  if (modes.length === 0 || modes.some((m) => !cacheModes.includes(m)))
    badValue('--modes nhận cold, warm và/hoặc edited', '--modes takes cold, warm and/or edited');
  if (builds.length === 0 || builds.some((b) => b !== 'site' && b !== 'bare'))
    badValue('--builds nhận site và/hoặc bare', '--builds takes site and/or bare');
  if (values['reuse-sites'] && values['working-tree'])
    badValue('chọn --working-tree hoặc --reuse-sites', 'choose --working-tree or --reuse-sites');
  return {
    sizes,
    runs,
    modes,
    builds,
    seed: values.seed,
    out: resolve(values.out),
    weight: !values['no-weight'],
    search: !values['no-search'],
    photos: !values['no-photos'],
    reuseSites: values['reuse-sites'],
    workingTree: values['working-tree'],
    writeDocs: values['write-docs'],
  };
}

/** Writes the corpus, photos included, unless the folder already holds this seed, size and photo count. */
async function ensureCorpus(dir: string, corpus: Corpus, seed: string, articles: number): Promise<void> {
  try {
    const marker = JSON.parse(await readFile(join(dir, markerFile), 'utf8')) as CorpusMarker;
    if (marker.seed === seed && marker.articles === articles && marker.photos === corpus.photos.length) return;
  } catch {
    // Not generated yet.
  }
  await writeCorpusWithPhotos(dir, corpus, seed);
}

/** The first Vietnamese article of the corpus (its file and text), which edited runs change. */
async function editableArticle(corpusDir: string): Promise<{ file: string; text: string }> {
  const folder = join(corpusDir, 'articles', 'vi');
  const name = (await readdir(folder, { recursive: true })).filter((f) => f.endsWith('.md')).sort()[0];
  if (!name) throw new Error(`No Vietnamese article in ${folder} to edit`);
  const file = join(folder, name);
  return { file, text: await readFile(file, 'utf8') };
}

/** Removes every cache a build could reuse: a cold build starts from a fresh checkout's state. */
async function clearCaches(site: string): Promise<void> {
  // node_modules/.astro is Astro's cacheDir (neither site sets another): the content store and the
  // transformed pictures (its assets/ folder) are there.
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache']) {
    await rm(join(site, path), { recursive: true, force: true });
  }
}

async function buildCommand(build: BuildName, site: string): Promise<[string, string[]]> {
  if (build === 'bare') return [join(site, 'node_modules/.bin/astro'), ['build']];
  // The site's own `npm run build`, whatever it grows to (integrations, post-build steps).
  const pkg = JSON.parse(await readFile(join(site, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return ['sh', ['-c', pkg.scripts['build'] ?? 'astro build']];
}

/** The built pages: dist/, or dist/client/ when an adapter splits static files from the server. */
async function outputDir(site: string): Promise<string> {
  const client = join(site, 'dist', 'client');
  return (await dirStats(client)).files > 0 ? client : join(site, 'dist');
}

/** Pages whose weight the budget is about: articles (plain MD, MDX, English), home, a district, search. */
function weightPaths(corpus: Corpus): string[] {
  const vi = corpus.articles.filter((a) => a.lang === 'vi');
  const md = vi.find((a) => a.ext === 'md');
  const mdx = vi.find((a) => a.ext === 'mdx');
  const en = corpus.articles.find((a) => a.lang === 'en');
  const article = (a: (typeof corpus.articles)[number] | undefined) => (a ? [paths.article(a.lang, a.year, a.slug)] : []);
  const district = corpus.districts[0]!.id;
  return [
    ...article(md),
    ...article(mdx),
    ...article(en),
    paths.home('vi'),
    paths.home('en'),
    paths.district('vi', district),
    paths.search('vi'),
    paths.search('en'),
  ];
}

async function main(): Promise<void> {
  const opts = readOptions();
  const logs = join(opts.out, 'logs');
  await mkdir(logs, { recursive: true });
  const sites: Record<BuildName, string> = { site: join(opts.out, 'sites', 'site'), bare: join(opts.out, 'sites', 'bare') };
  // The committed code (HEAD) by default; --working-tree takes uncommitted edits too; --reuse-sites
  // keeps the copies of an earlier bench, for trying a change in the copy before making it.
  let source = 'reused copies (--reuse-sites)';
  if (!opts.reuseSites) {
    let from = repo;
    source = 'working tree';
    if (!opts.workingTree) {
      from = join(opts.out, 'sites', 'head');
      source = `commit ${await exportCommit(repo, 'HEAD', from)}`;
    }
    await snapshotSite(from, sites.site, join(repo, 'node_modules'));
    await snapshotSite(join(from, 'scripts', 'bench', 'bare'), sites.bare, join(repo, 'node_modules'));
    if (!opts.workingTree) await rm(from, { recursive: true, force: true });
  }

  const astroVersion = (JSON.parse(await readFile(join(repo, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryBytes: os.totalmem(),
      node: process.versions.node,
      astro: astroVersion,
      loadAverage: os.loadavg(),
    },
    source,
    options: {
      sizes: opts.sizes,
      runs: opts.runs,
      seed: opts.seed,
      modes: opts.modes,
      ...(process.env['NODE_OPTIONS'] ? { nodeOptions: process.env['NODE_OPTIONS'] } : {}),
    },
    sizes: [],
  };
  const save = async () => {
    await writeFile(join(opts.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(join(opts.out, 'results.md'), toMarkdown(results));
  };

  for (const [sizeIndex, articles] of opts.sizes.entries()) {
    const runs = opts.runs[sizeIndex]!;
    const corpus = generateCorpus({ articles, seed: opts.seed, ...(opts.photos ? {} : { photos: noPhotos }) });
    const corpusDir = join(opts.out, opts.photos ? `corpus-${articles}` : `corpus-${articles}-text`);
    await ensureCorpus(corpusDir, corpus, opts.seed, articles);
    const summary = corpusSummary(corpus);
    const size: SizeResult = { articles, files: summary.files, mdxFiles: summary.mdx, photos: summary.photos, builds: [], pageWeight: [] };
    results.sizes.push(size);
    const { BANTIN_CACHE_DIR: _ignored, ...inherited } = process.env;

    for (const mode of opts.modes) {
      const byBuild = new Map<BuildName, BuildResult>();
      for (const build of opts.builds) {
        const result: BuildResult = { build, mode, runs: [] };
        byBuild.set(build, result);
        size.builds.push(result);
      }
      const env = (build: BuildName): NodeJS.ProcessEnv => ({
        ...inherited,
        BANTIN_CONTENT_DIR: corpusDir,
        PATH: `${join(sites[build], 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
        // Plain logs: Astro prints per-file times only when not on a terminal anyway.
        FORCE_COLOR: '0',
        // Astro turns on Node's compile cache outside CI, by default in the system's temporary
        // folder, which a cold run would not clear: modules compiled in an earlier run would load
        // from it (seconds at 10,000 articles). In the copy's cache folder, a cold run starts
        // without it, as a fresh checkout does.
        NODE_COMPILE_CACHE: join(sites[build], 'node_modules/.cache/node-compile-cache'),
      });
      // The runs of the mode just before left every cache of this corpus filled: they are the priming build.
      const primedByRunBefore =
        mode !== 'cold' &&
        opts.builds.every((build) => size.builds.findLast((b) => b.build === build && b.mode !== mode)?.runs.at(-1)?.exitCode === 0);
      if (mode !== 'cold' && !primedByRunBefore) {
        for (const build of opts.builds) {
          await clearCaches(sites[build]);
          const [command, args] = await buildCommand(build, sites[build]);
          process.stdout.write(`${articles} articles · ${build} · priming the caches for warm runs… `);
          const primed = await runMeasured(command, args, {
            cwd: sites[build],
            env: env(build),
            logFile: join(logs, `${articles}-${build}-warm-prime.log`),
          });
          console.log(primed.exitCode === 0 ? formatDuration(primed.wallMs) : `failed (exit ${primed.exitCode})`);
        }
      }
      const edited = mode === 'edited' ? await editableArticle(corpusDir) : undefined;
      for (let run = 1; run <= runs; run++) {
        // Both builds of a run see the same change, which neither has built yet.
        if (edited) await writeFile(edited.file, `${edited.text}\nMột câu sửa thêm, lần ${run}.\n`);
        // Alternate the order so a slow spell on the machine does not always hit the same build.
        const order = run % 2 === 1 ? opts.builds : [...opts.builds].reverse();
        for (const build of order) {
          const site = sites[build];
          if (mode === 'cold') await clearCaches(site);
          const [command, args] = await buildCommand(build, site);
          const logFile = join(logs, `${articles}-${build}-${mode}-${run}.log`);
          process.stdout.write(`${articles} articles · ${build} · ${mode} · run ${run}/${runs}… `);
          const measured = await runMeasured(command, args, { cwd: site, env: env(build), logFile });
          const dir = await outputDir(site);
          const dist = await dirStats(dir);
          const pagefind = await dirStats(join(dir, 'pagefind'));
          const log = await readFile(logFile, 'utf8');
          byBuild.get(build)!.runs.push({
            run,
            ...measured,
            htmlPages: dist.htmlFiles,
            distBytes: dist.bytes,
            pagefindBytes: pagefind.bytes,
            phases: parsePhases(log),
            log: logFile,
            loadAverage: os.loadavg(),
          });
          console.log(
            measured.exitCode === 0
              ? `${formatDuration(measured.wallMs)}, ${dist.htmlFiles} pages, ${(measured.wallMs / Math.max(1, dist.htmlFiles)).toFixed(1)} ms/page, peak ${formatBytes(measured.peakRssBytes)} (all processes ${formatBytes(measured.peakTotalRssBytes)})`
              : `FAILED (exit ${measured.exitCode}), see ${logFile}`,
          );
          await save();
        }
      }
      if (edited) await writeFile(edited.file, edited.text);
      const site = byBuild.get('site');
      const median = site && medianRun(site);
      if (site && median) site.routeCosts = routeCosts(await readFile(median.log, 'utf8'));
      await save();
    }

    if (opts.weight && opts.builds.includes('site')) {
      // The site's last build of this size is still in its dist/.
      size.pageWeight = await measurePages(await outputDir(sites.site), weightPaths(corpus));
      await save();
    }
  }
  const largest = Math.max(...opts.sizes);
  if (opts.search && opts.builds.includes('site')) {
    results.search = await runSearchBench(largest, opts.seed, join(opts.out, 'search'), await outputDir(sites.site));
    await save();
  }
  console.log(`\n${toMarkdown(results)}`);
  console.log(`Written: ${join(opts.out, 'results.json')}, ${join(opts.out, 'results.md')}`);
  if (opts.writeDocs) {
    await writeFile(docsFile, replaceResultsBlock(await readFile(docsFile, 'utf8'), docsBlock(toMarkdown(results))));
    console.log(`Written: the results block of ${docsFile}`);
  }
}

/**
 * The search benchmark as its own process (it is the search code's, not ours), on the site this
 * bench built last: the largest size, built with every card and the real Pagefind index.
 */
async function runSearchBench(articles: number, seed: string, out: string, site: string): Promise<NonNullable<BenchResults['search']>> {
  console.log(`\nSearch bench on the ${articles.toLocaleString('en')}-article site (scripts/bench/search.ts)…`);
  const args = ['scripts/bench/search.ts', '--articles', String(articles), '--seed', seed, '--out', out, '--site', site];
  const child = spawn(process.execPath, args, { cwd: repo, stdio: 'inherit' });
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  let markdown: string | undefined;
  try {
    markdown = await readFile(join(out, 'results.md'), 'utf8');
  } catch {
    // No report: the run failed before writing it, which exitCode says.
  }
  return { articles, exitCode, resultsDir: out, ...(exitCode === 0 && markdown !== undefined ? { markdown } : {}) };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
