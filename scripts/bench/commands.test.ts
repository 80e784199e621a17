import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** The benchmarks read their command line first: --help and a mistake end before any work starts. */
async function bench(script: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args]);
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

describe.each(['scripts/bench/counter.ts', 'scripts/bench/search.ts', 'scripts/bench/cards.ts'])('%s', (script) => {
  it('prints its usage for --help, in Vietnamese then English, and exits 0', async () => {
    const { code, out } = await bench(script, '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/npm run bench:\w+ -- \[--/);
    expect(out.indexOf('Đo ')).toBeLessThan(out.indexOf('Measures'));
  });

  it('names a wrong option in one line, no stack trace, exit 2', async () => {
    const { code, err } = await bench(script, '--nope');
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('unknown option --nope');
  });
});
