import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dirStats, runMeasured } from './measure.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bench-measure-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each([
  ['/proc and GNU time', true],
  ['/proc alone', false],
] as const)('runMeasured (memory from %s)', (_label, gnuTime) => {
  it('measures wall time, peak memory of the largest child and the exit code, and keeps the log', async () => {
    const logFile = join(dir, `run-${gnuTime}.log`);
    // A child that holds ~200 MB for a moment: the peak must see it.
    const script = "const b = Buffer.alloc(200 * 1024 * 1024, 1); console.log('held', b.length); setTimeout(() => process.exit(3), 300);";
    const run = await runMeasured(process.execPath, ['-e', script], { cwd: dir, env: process.env, logFile, gnuTime });
    expect(run.exitCode).toBe(3);
    expect(run.wallMs).toBeGreaterThan(250);
    expect(run.peakRssBytes).toBeGreaterThan(200 * 1024 * 1024);
    expect(run.peakRssBytes).toBeLessThan(2 * 1024 ** 3);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(logFile, 'utf8')).toContain('held 209715200');
  });

  it('sees the peak of a process that outlives its parent, which no one waits for', async () => {
    const logFile = join(dir, `orphan-${gnuTime}.log`);
    const marker = join(dir, `orphan-${gnuTime}.held`);
    // The orphan says when it holds its 300 MB; its parent then leaves it running a while longer
    // (several polls) and exits without waiting for it.
    const orphan = `const b = Buffer.alloc(300 * 1024 * 1024, 1); require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'); setTimeout(() => b.length, 3000);`;
    const script = [
      `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(orphan)}], { stdio: 'ignore' });`,
      `const held = () => require('node:fs').existsSync(${JSON.stringify(marker)}) ? setTimeout(() => process.exit(0), 500) : setTimeout(held, 20);`,
      'held();',
    ].join(' ');
    const run = await runMeasured(process.execPath, ['-e', script], { cwd: dir, env: process.env, logFile, gnuTime });
    expect(run.exitCode).toBe(0);
    expect(run.peakRssBytes).toBeGreaterThan(300 * 1024 * 1024);
    expect(run.peakTotalRssBytes).toBeGreaterThan(run.peakRssBytes);
  }, 20_000);

  it('adds up the memory of processes that hold it at the same time', async () => {
    const logFile = join(dir, `pair-${gnuTime}.log`);
    // Two children of 100 MB each, alive together: the sum holds both, the largest one only.
    const child = 'const b = Buffer.alloc(100 * 1024 * 1024, 1); setTimeout(() => b.length, 1500);';
    const script = [
      "const { spawn } = require('node:child_process');",
      `const kids = [0, 1].map(() => spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'ignore' }));`,
      "let left = 2; kids.forEach((k) => k.on('exit', () => --left || process.exit(0)));",
    ].join(' ');
    const run = await runMeasured(process.execPath, ['-e', script], { cwd: dir, env: process.env, logFile, gnuTime });
    expect(run.exitCode).toBe(0);
    expect(run.peakRssBytes).toBeGreaterThan(100 * 1024 * 1024);
    expect(run.peakTotalRssBytes).toBeGreaterThan(run.peakRssBytes + 80 * 1024 * 1024);
  }, 20_000);
});

describe('dirStats', () => {
  it('adds up sizes and counts HTML files', async () => {
    const site = join(dir, 'site');
    await mkdir(join(site, 'a'), { recursive: true });
    await writeFile(join(site, 'index.html'), 'x'.repeat(10));
    await writeFile(join(site, 'a', 'index.html'), 'y'.repeat(5));
    await writeFile(join(site, 'a', 'style.css'), 'z'.repeat(3));
    expect(await dirStats(site)).toEqual({ bytes: 18, files: 3, htmlFiles: 2 });
    expect(await dirStats(join(dir, 'missing'))).toEqual({ bytes: 0, files: 0, htmlFiles: 0 });
  });
});
