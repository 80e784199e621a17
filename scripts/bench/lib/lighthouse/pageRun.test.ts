import { describe, expect, it } from 'vitest';
import { toPageRun, type LighthouseResult } from './pageRun.ts';

function result(overrides: Partial<LighthouseResult> = {}): LighthouseResult {
  const audit = (id: string, score: number | null, scoreDisplayMode = 'binary', extra = {}) => ({
    id,
    title: `Title of ${id}`,
    score,
    scoreDisplayMode,
    ...extra,
  });
  return {
    categories: {
      performance: {
        score: 0.97,
        auditRefs: [
          { id: 'largest-contentful-paint', weight: 25 },
          { id: 'render-blocking-insight', weight: 0 },
          { id: 'diagnostics', weight: 0 },
        ],
      },
      accessibility: {
        score: 1,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'video-caption', weight: 10 },
        ],
      },
      'best-practices': { score: 0.964, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
      seo: { score: 1, auditRefs: [{ id: 'structured-data', weight: 0 }] },
    },
    audits: {
      'largest-contentful-paint': audit('largest-contentful-paint', 0.96, 'numeric', { numericValue: 2512.4, displayValue: '2.5 s' }),
      'render-blocking-insight': audit('render-blocking-insight', 0, 'metricSavings'),
      diagnostics: audit('diagnostics', null, 'informative'),
      'color-contrast': audit('color-contrast', 1),
      'video-caption': audit('video-caption', null, 'notApplicable'),
      'errors-in-console': audit('errors-in-console', 0),
      'structured-data': audit('structured-data', null, 'manual'),
      'cumulative-layout-shift': audit('cumulative-layout-shift', 1, 'numeric', { numericValue: 0.01 }),
    },
    ...overrides,
  };
}

describe('toPageRun', () => {
  it('reads the four category scores as 0–100', () => {
    expect(toPageRun(result()).scores).toEqual({ performance: 97, accessibility: 100, 'best-practices': 96, seo: 100 });
  });

  it('lists the scored audits below 1 with their weight, and nothing informative, manual or not applicable', () => {
    const failing = toPageRun(result()).failing;
    expect(failing.map((a) => [a.category, a.id, a.score, a.weight])).toEqual([
      ['performance', 'largest-contentful-paint', 96, 25],
      ['performance', 'render-blocking-insight', 0, 0],
      ['best-practices', 'errors-in-console', 0, 1],
    ]);
    expect(failing[0]!.displayValue).toBe('2.5 s');
  });

  it('keeps the lab metrics it finds', () => {
    expect(toPageRun(result()).metrics).toEqual({ 'largest-contentful-paint': 2512.4, 'cumulative-layout-shift': 0.01 });
  });

  it('reads only the categories asked for', () => {
    expect(toPageRun(result(), ['seo']).scores).toEqual({ seo: 100 });
  });

  it('fails on a runtime error or a missing score rather than reporting a zero', () => {
    expect(() => toPageRun(result({ runtimeError: { code: 'NO_FCP', message: 'The page did not paint' } }))).toThrow(/NO_FCP/);
    const broken = result();
    broken.categories['seo'] = { score: null, auditRefs: [] };
    expect(() => toPageRun(broken)).toThrow(/seo/);
  });
});
