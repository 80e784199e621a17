import { describe, expect, it } from 'vitest';
import { buildBudget, loadRange, medianRun, summarizeBuild, toMarkdown, type BenchResults, type BuildRunResult } from './report.ts';

const run = (n: number, wallMs: number, extra: Partial<BuildRunResult> = {}): BuildRunResult => ({
  run: n,
  wallMs,
  peakRssBytes: 1024 ** 3,
  exitCode: 0,
  htmlPages: 1000,
  distBytes: 50 * 1024 ** 2,
  pagefindBytes: 5 * 1024 ** 2,
  phases: { syncMs: 1000, staticRoutesMs: wallMs / 2, pages: 1000 },
  log: `run-${n}.log`,
  ...extra,
});

const results: BenchResults = {
  startedAt: '2025-01-01T00:00:00Z',
  source: 'commit abc',
  machine: { cpus: 2, cpuModel: 'Test CPU', memoryBytes: 8 * 1024 ** 3, node: '24.21.0', astro: '7.3.5', loadAverage: [0.5, 0.4, 0.3] },
  options: { sizes: [1000, 5000], runs: [3, 2], seed: 'bantin', modes: ['cold'] },
  sizes: [
    {
      articles: 1000,
      files: 1600,
      mdxFiles: 480,
      builds: [
        {
          build: 'site',
          mode: 'cold',
          runs: [run(1, 30_000, { loadAverage: [3.14, 2, 1] }), run(2, 33_000, { loadAverage: [4.2, 2, 1] }), run(3, 31_000)],
          routeCosts: [{ route: '/tin-tuc/:year/*/', files: 1000, ms: 9000 }],
        },
        {
          build: 'bare',
          mode: 'cold',
          runs: [run(1, 20_000, { htmlPages: 800 }), run(2, 21_000, { htmlPages: 800 }), run(3, 19_000, { htmlPages: 800 })],
        },
      ],
      pageWeight: [
        {
          path: '/tin-tuc/2024/x/',
          htmlGzip: 6000,
          cssGzip: 2000,
          jsGzip: 900,
          jsFiles: 2,
          fonts: [{ url: '/_astro/be-vietnam-pro-latin-400-normal.woff2', bytes: 21_000 }],
          renderBlocking: [{ kind: 'stylesheet', href: '/a.css' }],
          otherRequests: [],
        },
      ],
    },
    {
      articles: 5000,
      files: 8000,
      mdxFiles: 2400,
      builds: [
        { build: 'site', mode: 'cold', runs: [run(1, 165_000, { htmlPages: 5000 }), run(2, 160_000, { htmlPages: 5000, exitCode: 1 })] },
        { build: 'bare', mode: 'cold', runs: [run(1, 100_000, { htmlPages: 4000 })] },
      ],
      pageWeight: [],
    },
  ],
};

describe('summarizeBuild', () => {
  it('summarises successful runs and counts failures', () => {
    const s = summarizeBuild(results.sizes[1]!.builds[0]!)!;
    expect(s.wallMs.median).toBe(165_000);
    expect(s.msPerPage.median).toBe(33);
    expect(s.failed).toBe(1);
  });
});

describe('medianRun', () => {
  it('picks the run with the median wall time', () => {
    expect(medianRun(results.sizes[0]!.builds[0]!)?.run).toBe(3);
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(results);
  it('has a row per size and build with medians, ranges and the ratio to bare', () => {
    expect(md).toContain(
      '| 1,000 (1,600, 480) | site | 1,000 | 31.0 s (30.0 s–33.0 s) | 31.0 (30.0–33.0) | 1.0 GiB (1.0 GiB–1.0 GiB) | – | 50.0 MiB | 5.0 MiB | 1.55× · 1.24× · 1.00× |',
    );
    expect(md).toContain('| 1,000 (1,600, 480) | bare | 800 | 20.0 s (19.0 s–21.0 s) | 25.0 (23.8–26.3) |');
    expect(md).toContain('| 5,000 (8,000, 2,400) | site (1 failed) | 5,000 | 2 min 45 s | 33.0 |');
  });
  it('gives the memory of all processes at once where it was measured, and compares that with the bare build', () => {
    const sized = (runs: BuildRunResult[], factor: number) => runs.map((r) => ({ ...r, peakTotalRssBytes: factor * r.peakRssBytes }));
    const size = results.sizes[0]!;
    const [site, bare] = [size.builds[0]!, size.builds[1]!];
    const both = toMarkdown({
      ...results,
      sizes: [
        {
          ...size,
          builds: [
            { ...site, runs: sized(site.runs, 2) },
            { ...bare, runs: sized(bare.runs, 1) },
          ],
        },
      ],
    });
    // The site's processes together against the bare build's one process.
    expect(both).toContain('| 1.0 GiB (1.0 GiB–1.0 GiB) | 2.0 GiB (2.0 GiB–2.0 GiB) | 50.0 MiB | 5.0 MiB | 1.55× · 1.24× · 2.00× |');
    // Never the site's sum against the bare build's largest process.
    const one = toMarkdown({ ...results, sizes: [{ ...size, builds: [{ ...site, runs: sized(site.runs, 2) }, bare] }] });
    expect(one).toContain('| 1.55× · 1.24× · – |');
  });
  it('notes the load average the runs ended under', () => {
    expect(md).toContain('| 1.55× · 1.24× · 1.00× | 3.1–4.2 |');
    expect(loadRange(undefined)).toBe('–');
  });
  it('folds in the search bench, or says it failed', () => {
    const withSearch = toMarkdown({
      ...results,
      search: { articles: 10_000, exitCode: 0, resultsDir: 'out/search', markdown: '# Search benchmark\n\n## Queries\n\n| q |' },
    });
    expect(withSearch).toContain("### Search: `npm run bench:search` on this bench's 10,000-article site\n\n\n#### Queries\n\n| q |");
    expect(withSearch).not.toContain('# Search benchmark');
    expect(toMarkdown({ ...results, search: { articles: 10_000, exitCode: 2, resultsDir: 'out/search' } })).toContain(
      'The search bench failed (exit 2); see out/search.',
    );
  });
  it('shows each size against the build budget of its mode', () => {
    expect(md).toContain(
      'Budget: site wall time ÷ bare (cold, set for 10,000 articles). This run: 1,000 with photos: 1.55×, over 1.50×; 5,000 with photos: 1.65×, over 1.50×.',
    );
  });
  it('holds an archive without photos to 1.5× warm, one with photos to 1.3×', () => {
    expect(buildBudget('warm', 0)).toBe(1.5);
    expect(buildBudget('warm', 1_116)).toBe(1.3);
    expect(buildBudget('cold', 0)).toBe(1.5);
    expect(buildBudget('cold', undefined)).toBe(1.5);
  });
  it('counts the photos and says how long the images took and how many came from the cache', () => {
    const size = results.sizes[0]!;
    const withPhotos = toMarkdown({
      ...results,
      sizes: [
        {
          ...size,
          photos: 1_116,
          builds: size.builds.map((b) => ({
            ...b,
            runs: b.runs.map((r) => ({ ...r, phases: { ...r.phases, imagesMs: 61_000, images: 15_000, imagesCached: 0 } })),
          })),
        },
      ],
    });
    expect(withPhotos).toContain('| 1,000 (1,600, 480, 1,116) | site |');
    expect(withPhotos).toContain('| 61.0 s (15,000, 0 cached) |');
  });
  it('reports how the cost per page grows', () => {
    expect(md).toContain('Site ms/page at 5,000 ÷ at 1,000 articles: 1.06×');
  });
  it('lists phases, routes and page weight against the budget', () => {
    expect(md).toContain('| 1,000 | site | 1.0 s | – | 15.5 s | – | – |');
    expect(md).toContain('| `/tin-tuc/:year/*/` | 1,000 | 9.0 s | 9.0 | 100% |');
    expect(md).toContain(
      '| `/tin-tuc/2024/x/` | 5.9 KiB | 2.0 KiB | 7.8 KiB | 0.9 KiB (2) | 1, 20.5 KiB | 1 | HTML+CSS ok, JS ok, blocking ok |',
    );
  });
});
