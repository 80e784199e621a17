import { categories, type Category } from './categories.ts';

/**
 * What one Lighthouse run on one page says, reduced to what the bench reports: the four category
 * scores (0–100), the metrics behind the performance score, and the audits that cost points.
 */

/** The part of a Lighthouse result (LH.Result) read here; kept structural so tests need no browser. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<
    string,
    { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number } | undefined
  >;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
}

export interface FailingAudit {
  id: string;
  category: Category;
  title: string;
  /** 0–100 */
  score: number;
  /** How much the audit weighs in its category's score; 0 for diagnostics that only advise. */
  weight: number;
  displayValue?: string;
}

/** Lab metrics, in milliseconds except CLS (unitless). */
export const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;
export type MetricId = (typeof metricIds)[number];

export interface PageRun {
  /** The categories that were run, 0–100. */
  scores: Partial<Record<Category, number>>;
  metrics: Partial<Record<MetricId, number>>;
  failing: FailingAudit[];
  warnings: string[];
}

/** Modes whose score is not a pass or fail (informative, manual, not applicable, errors). */
const scored = new Set(['binary', 'numeric', 'metricSavings']);

export function toPageRun(result: LighthouseResult, only: readonly Category[] = categories): PageRun {
  if (result.runtimeError) throw new Error(`Lighthouse: ${result.runtimeError.code}: ${result.runtimeError.message}`);
  const scores: PageRun['scores'] = {};
  const failing: FailingAudit[] = [];
  for (const category of only) {
    const entry = result.categories[category];
    if (!entry || entry.score === null) throw new Error(`Lighthouse gave no ${category} score`);
    scores[category] = Math.round(entry.score * 100);
    for (const ref of entry.auditRefs) {
      const audit = result.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || !scored.has(audit.scoreDisplayMode)) continue;
      failing.push({
        id: audit.id,
        category,
        title: audit.title,
        score: Math.round(audit.score * 100),
        weight: ref.weight,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  const metrics: PageRun['metrics'] = {};
  for (const id of metricIds) {
    const value = result.audits[id]?.numericValue;
    if (value !== undefined) metrics[id] = value;
  }
  return { scores, metrics, failing, warnings: result.runWarnings ?? [] };
}
