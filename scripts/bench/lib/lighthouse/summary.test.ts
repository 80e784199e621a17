import { describe, expect, it } from 'vitest';
import type { PageRun } from './pageRun.ts';
import { makeReport, toMarkdown } from './report.ts';
import { allPerfect, summarizePage } from './summary.ts';

const run = (performance: number, failing: PageRun['failing'] = [], lcp = 1500): PageRun => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  metrics: { 'largest-contentful-paint': lcp },
  failing,
  warnings: [],
});
const lcpAudit = (score: number) => ({
  id: 'largest-contentful-paint',
  category: 'performance' as const,
  title: 'Largest Contentful Paint',
  score,
  weight: 25,
});
const hint = { id: 'render-blocking-insight', category: 'performance' as const, title: 'Render-blocking requests', score: 0, weight: 0 };

describe('summarizePage', () => {
  it('takes the median and range of each category and metric', () => {
    const s = summarizePage('home (vi)', '/', [run(98, [lcpAudit(90)], 2000), run(100, [], 1000), run(99, [lcpAudit(95)], 1500)]);
    expect(s.scores.performance).toBe(99);
    expect(s.ranges.performance).toEqual([98, 100]);
    expect(s.scores.seo).toBe(100);
    expect(s.metrics['largest-contentful-paint']).toBe(1500);
  });

  it('lists each failing audit once, at its worst, with how many runs it failed in, weightiest first', () => {
    const s = summarizePage('home (vi)', '/', [run(98, [hint, lcpAudit(90)]), run(100, [hint]), run(99, [lcpAudit(95)])]);
    expect(s.failing.map((a) => [a.id, a.score, a.failedRuns])).toEqual([
      ['largest-contentful-paint', 90, 2],
      ['render-blocking-insight', 0, 2],
    ]);
  });
});

describe('the report', () => {
  const report = (performance: number) =>
    makeReport({
      startedAt: '2026-01-01T00:00:00.000Z',
      lighthouse: '13.5.0',
      chromium: 'Chromium 156',
      profile: 'mobile',
      siteDir: 'dist',
      runs: 2,
      machine: { cpus: 2, loadAverage: { before: 1, after: 2 } },
      pages: [summarizePage('home (vi)', '/', [run(performance, performance < 100 ? [lcpAudit(90)] : []), run(100)])],
    });

  it('says whether every page scored 100 everywhere', () => {
    expect(report(100).allPerfect).toBe(true);
    expect(report(98).allPerfect).toBe(false);
    expect(allPerfect([])).toBe(true);
  });

  it('writes a markdown table with medians, ranges and the audits that cost points', () => {
    const md = toMarkdown(report(98));
    expect(md).toContain('| home (vi) | `/` | 99 (98–100) | 100 | 100 | 100 |');
    expect(md).toContain('`largest-contentful-paint` (weight 25, score 90, failed in 1/2)');
    expect(toMarkdown(report(100))).toContain('Every page scores 100 in every category.');
  });
});
