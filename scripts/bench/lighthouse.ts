/**
 * npm run bench:lighthouse -- [--site dist] [--runs 3] [--out bench-out] [--article YEAR/SLUG] [--district ID] [--url BASE]
 *
 * Lighthouse (the budget: 100 in performance, accessibility, best practices and SEO) on a site already
 * built (`npm run build` first; this builds nothing): serves it with the project's own server
 * (src/server/main.ts, a scratch counter database), runs Lighthouse's default mobile profile with
 * simulated throttling in Debian's Chromium on home, an article with a cover photo and one without,
 * a district page, the districts directory, the documents register and the search page
 * (lib/lighthouse/sitePages.ts) in both languages, RUNS times each, and writes the medians of the four category scores,
 * the lab metrics and every audit that cost points to OUT/lighthouse.json and OUT/lighthouse.md.
 * Runs are one at a time, pages interleaved, so a burst of load elsewhere hits one run of each
 * page rather than every run of one. With --url, the pages are measured on a server already
 * running there (a staging host, a proxy with compression) instead; --site still names the build
 * they are picked from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { readArgs, runCli, UsageError, type Usage } from '../lib/cli/commandLine.ts';
import { serveSite } from '../lib/serveSite.ts';
import { chromePath, launchChrome } from './lib/lighthouse/chrome.ts';
import type { PageRun } from './lib/lighthouse/pageRun.ts';
import { makeReport, toMarkdown } from './lib/lighthouse/report.ts';
import { runLighthouse } from './lib/lighthouse/runLighthouse.ts';
import { pickPages } from './lib/lighthouse/sitePages.ts';
import { summarizePage } from './lib/lighthouse/summary.ts';

const usage: Usage = {
  command: 'npm run bench:lighthouse',
  vi: `Chạy Lighthouse (điện thoại, Chromium của Debian) trên trang đã dựng (npm run build trước): trang chủ, một bài,
một địa phương và trang tìm kiếm, hai thứ tiếng, RUNS lần mỗi trang; ghi trung vị vào OUT/lighthouse.json và .md.
  npm run bench:lighthouse -- [--site dist] [--runs 3] [--out bench-out] [--article NĂM/TÊN-BÀI] [--district ID] [--url GỐC]`,
  en: `Runs Lighthouse (mobile, Debian's Chromium) on a built site (npm run build first): home, an article, a district and
the search page, both languages, RUNS times each; writes the medians to OUT/lighthouse.json and .md.
  npm run bench:lighthouse -- [--site dist] [--runs 3] [--out bench-out] [--article YEAR/SLUG] [--district ID] [--url BASE]`,
};

function options() {
  const { values } = readArgs(usage, {
    options: {
      site: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '3' },
      out: { type: 'string', default: 'bench-out' },
      article: { type: 'string' },
      district: { type: 'string' },
      url: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError('--runs cần một số nguyên dương', '--runs takes a positive integer');
  const site = resolve(values.site);
  if (!existsSync(join(site, '_bantin/pages.json')))
    throw new UsageError(
      `${site} không có trang đã dựng: chạy \`npm run build\` trước hoặc chỉ --site THƯ-MỤC`,
      `${site} holds no built site: run \`npm run build\` first or pass --site DIR`,
    );
  if (values.url !== undefined && !URL.canParse(values.url))
    throw new UsageError(`--url "${values.url}" không phải địa chỉ`, `--url "${values.url}" is not a URL`);
  return {
    site,
    url: values.url ? new URL(values.url).href : undefined,
    runs,
    out: resolve(values.out),
    choice: { ...(values.article ? { article: values.article } : {}), ...(values.district ? { district: values.district } : {}) },
  };
}

/**
 * Lighthouse now and then loses its trace on a loaded machine (NO_NAVSTART, NO_FCP): the run is
 * tried again, up to twice, rather than losing every run before it. A page that fails three
 * times running still stops the bench.
 */
async function runWithRetry(url: string, port: number): ReturnType<typeof runLighthouse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouse(url, port);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.log(`  ${url}: ${error instanceof Error ? error.message : String(error)}; trying again`);
    }
  }
}

function pageList(site: string): string[] {
  const { pages } = JSON.parse(readFileSync(join(site, '_bantin/pages.json'), 'utf8')) as { pages: Record<string, number> };
  return Object.keys(pages);
}

async function main(): Promise<number> {
  const opts = options();
  const htmlSize = (path: string) => {
    const file = join(opts.site, path, 'index.html');
    return existsSync(file) ? statSync(file).size : 0;
  };
  const hasPhoto = (path: string) => {
    const file = join(opts.site, path, 'index.html');
    return existsSync(file) && readFileSync(file, 'utf8').includes('<figure class="cover"');
  };
  const pages = pickPages(pageList(opts.site), htmlSize, opts.choice, hasPhoto);
  const scratch = mkdtempSync(join(os.tmpdir(), 'bantin-lighthouse-'));
  const loadBefore = os.loadavg()[0]!;
  const startedAt = new Date().toISOString();
  const site = opts.url
    ? { baseUrl: opts.url, stop: () => {} }
    : await serveSite(opts.site, join(scratch, 'counter.sqlite'), { COUNTER_RATE_LIMIT: '0' });
  const chrome = await launchChrome();
  const runs = new Map<string, PageRun[]>(pages.map((p) => [p.path, []]));
  let lighthouseVersion = '';
  try {
    for (let run = 1; run <= opts.runs; run++) {
      for (const page of pages) {
        const result = await runWithRetry(new URL(page.path, site.baseUrl).href, chrome.port);
        lighthouseVersion = result.lighthouseVersion;
        runs.get(page.path)!.push(result.run);
        const s = result.run.scores;
        console.log(
          `run ${run}/${opts.runs}  ${page.name.padEnd(15)} perf ${s.performance} a11y ${s.accessibility} bp ${s['best-practices']} seo ${s.seo}`,
        );
      }
    }
  } finally {
    chrome.kill();
    site.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  const report = makeReport({
    startedAt,
    lighthouse: lighthouseVersion,
    chromium: execFileSync(chromePath(), ['--version'], { encoding: 'utf8' }).trim(),
    profile: 'mobile, simulated throttling (Lighthouse default)',
    siteDir: opts.site,
    ...(opts.url ? { servedBy: opts.url } : {}),
    runs: opts.runs,
    machine: { cpus: os.cpus().length, loadAverage: { before: loadBefore, after: os.loadavg()[0]! } },
    pages: pages.map((p) => summarizePage(p.name, p.path, runs.get(p.path)!)),
  });
  await mkdir(opts.out, { recursive: true });
  await writeFile(join(opts.out, 'lighthouse.json'), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = toMarkdown(report);
  await writeFile(join(opts.out, 'lighthouse.md'), markdown);
  console.log(`\n${markdown}`);
  console.log(`Written: ${join(opts.out, 'lighthouse.json')}, ${join(opts.out, 'lighthouse.md')}`);
  return 0;
}

// A failed run (Chromium, the server) ends with its message, not a stack trace.
await runCli(usage, main).catch((error: unknown) => {
  console.error(`bench:lighthouse: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
