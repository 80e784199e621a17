import { median } from '../stats.ts';
import { categories, type Category } from './categories.ts';
import { metricIds, type FailingAudit, type MetricId, type PageRun } from './pageRun.ts';

/** The medians of N runs on one page, and every audit that failed in any of them. */

export interface PageSummary {
  name: string;
  path: string;
  runs: number;
  scores: Partial<Record<Category, number>>;
  /** min–max per category, to see how much the runs disagreed. */
  ranges: Partial<Record<Category, [number, number]>>;
  metrics: Partial<Record<MetricId, number>>;
  failing: (FailingAudit & { failedRuns: number })[];
  warnings: string[];
}

export function summarizePage(name: string, path: string, runs: readonly PageRun[]): PageSummary {
  if (runs.length === 0) throw new RangeError(`no runs for ${path}`);
  const scores: PageSummary['scores'] = {};
  const ranges: PageSummary['ranges'] = {};
  for (const category of categories) {
    const values = runs.flatMap((r) => (r.scores[category] === undefined ? [] : [r.scores[category]]));
    if (values.length === 0) continue;
    scores[category] = median(values);
    ranges[category] = [Math.min(...values), Math.max(...values)];
  }
  const metrics: PageSummary['metrics'] = {};
  for (const id of metricIds) {
    const values = runs.flatMap((r) => (r.metrics[id] === undefined ? [] : [r.metrics[id]]));
    if (values.length > 0) metrics[id] = median(values);
  }
  // One line per audit: its worst run, and in how many runs it failed.
  const byId = new Map<string, FailingAudit & { failedRuns: number }>();
  for (const audit of runs.flatMap((r) => r.failing)) {
    const key = `${audit.category}/${audit.id}`;
    const seen = byId.get(key);
    if (!seen) byId.set(key, { ...audit, failedRuns: 1 });
    else byId.set(key, { ...(audit.score < seen.score ? audit : seen), failedRuns: seen.failedRuns + 1 });
  }
  const failing = [...byId.values()].sort((a, b) => b.weight - a.weight || a.score - b.score || a.id.localeCompare(b.id));
  return { name, path, runs: runs.length, scores, ranges, metrics, failing, warnings: [...new Set(runs.flatMap((r) => r.warnings))] };
}

/** True when every category of every page has a median of 100. */
export function allPerfect(pages: readonly PageSummary[]): boolean {
  return pages.every((p) => categories.every((c) => p.scores[c] === 100));
}
