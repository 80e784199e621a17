import { formatDuration } from '../stats.ts';
import { categories, categoryTitles } from './categories.ts';
import { allPerfect, type PageSummary } from './summary.ts';

/** What `npm run bench:lighthouse` writes to bench-out/lighthouse.json, and its markdown. */

export interface LighthouseReport {
  startedAt: string;
  lighthouse: string;
  chromium: string;
  /** "mobile, simulated throttling" (Lighthouse's default configuration). */
  profile: string;
  siteDir: string;
  /** The server measured when it was not the project's own (--url). */
  servedBy?: string;
  runs: number;
  /** 1-minute load averages before and after: scores fall on a busy machine. */
  machine: { cpus: number; loadAverage: { before: number; after: number } };
  pages: PageSummary[];
  allPerfect: boolean;
}

export function makeReport(fields: Omit<LighthouseReport, 'allPerfect'>): LighthouseReport {
  return { ...fields, allPerfect: allPerfect(fields.pages) };
}

function cell(page: PageSummary, category: (typeof categories)[number]): string {
  const range = page.ranges[category];
  if (!range) return '–';
  const [min, max] = range;
  return min === max ? String(page.scores[category]) : `${page.scores[category]} (${min}–${max})`;
}

const ms = (value: number | undefined) => (value === undefined ? '–' : formatDuration(value));

export function toMarkdown(report: LighthouseReport): string {
  const lines = [
    '# Lighthouse',
    '',
    `${report.startedAt}: Lighthouse ${report.lighthouse}, ${report.chromium}, ${report.profile}; ` +
      `median of ${report.runs} run${report.runs === 1 ? '' : 's'} per page (range when runs differ); ` +
      `${report.servedBy ? `served by ${report.servedBy}; ` : ''}${report.machine.cpus} CPUs, load average ${report.machine.loadAverage.before.toFixed(2)} before, ${report.machine.loadAverage.after.toFixed(2)} after.`,
    '',
    `| page | path | ${categories.map((c) => categoryTitles[c]).join(' | ')} |`,
    `| --- | --- | ${categories.map(() => '---:').join(' | ')} |`,
    ...report.pages.map((p) => `| ${p.name} | \`${p.path}\` | ${categories.map((c) => cell(p, c)).join(' | ')} |`),
    '',
    report.allPerfect ? 'Every page scores 100 in every category.' : 'Not every page scores 100 in every category.',
    '',
    '## Lab metrics (medians)',
    '',
    '| page | FCP | LCP | TBT | CLS | Speed Index |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...report.pages.map(
      (p) =>
        `| ${p.name} | ${ms(p.metrics['first-contentful-paint'])} | ${ms(p.metrics['largest-contentful-paint'])} | ` +
        `${ms(p.metrics['total-blocking-time'])} | ${p.metrics['cumulative-layout-shift']?.toFixed(3) ?? '–'} | ${ms(p.metrics['speed-index'])} |`,
    ),
    '',
    '## Audits that cost points',
    '',
    'Weight 0: a diagnostic that does not count in the score.',
    '',
  ];
  const failing = report.pages.filter((p) => p.failing.length > 0);
  if (failing.length === 0) lines.push('None.');
  for (const page of failing) {
    lines.push(`### ${page.name}`, '');
    for (const a of page.failing) {
      const value = a.displayValue ? `: ${a.displayValue}` : '';
      lines.push(
        `- ${a.category} · \`${a.id}\` (weight ${a.weight}, score ${a.score}, failed in ${a.failedRuns}/${page.runs})${value}: ${a.title}`,
      );
    }
    lines.push('');
  }
  const warnings = [...new Set(report.pages.flatMap((p) => p.warnings))];
  if (warnings.length > 0) lines.push('## Lighthouse warnings', '', ...warnings.map((w) => `- ${w}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
