import { describe, expect, it } from 'vitest';
import { isLogStep, progressBar, progressReporter } from './progress.ts';

describe('progressBar', () => {
  it('draws the share done, the count and the file', () => {
    expect(progressBar(500, 1000, 'bai/500.html')).toBe('[##########----------]  500/1000  bai/500.html');
    expect(progressBar(1000, 1000, '')).toBe('[####################] 1000/1000  ');
  });

  it('fits the terminal', () => {
    expect(progressBar(1, 10, 'x'.repeat(200), 40)).toHaveLength(40);
  });
});

describe('isLogStep', () => {
  it('logs every tenth and the end', () => {
    const steps = Array.from({ length: 1001 }, (_, i) => i).filter((i) => isLogStep(i, 1000));
    expect(steps).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });
});

describe('progressReporter', () => {
  it('redraws one line on a terminal and clears it at the end', () => {
    const out: string[] = [];
    const report = progressReporter({ isTTY: true, columns: 60, write: (t) => out.push(t) });
    for (let i = 0; i <= 30; i++) report(i, 30, `f${i}`);
    expect(out[0]).toMatch(/^\r\x1b\[K\[-{20}\]  0\/30  f0$/);
    expect(out.at(-1)).toBe('\r\x1b[K');
  });

  it('writes plain lines elsewhere, and nothing for a handful of files', () => {
    const out: string[] = [];
    const report = progressReporter({ isTTY: false, write: (t) => out.push(t) });
    for (let i = 0; i <= 30; i++) report(i, 30, 'f');
    expect(out).toEqual(['3/30\n', '6/30\n', '9/30\n', '12/30\n', '15/30\n', '18/30\n', '21/30\n', '24/30\n', '27/30\n', '30/30\n']);
    const few: string[] = [];
    const quiet = progressReporter({ isTTY: false, write: (t) => few.push(t) });
    for (let i = 0; i <= 5; i++) quiet(i, 5, 'f');
    expect(few).toEqual([]);
  });
});
