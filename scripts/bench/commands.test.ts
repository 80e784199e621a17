import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * Every npm script that runs a Node script: `--help` prints the usage, Vietnamese then English, and
 * a wrong option one line, both before any work starts. Read from package.json, so a new command
 * is covered the day it is added.
 */
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

/** Commands left out here, and why: most have their command line tested in their own test file. */
const elsewhere: Record<string, string> = {
  check: 'scripts/check-content.test.ts',
  'check:content': 'scripts/check-content.test.ts',
  new: 'scripts/new-article.test.ts',
  import: 'scripts/import-legacy.test.ts',
};

const commands = Object.entries(scripts).flatMap(([name, command]) => {
  const script = /^node (\S+\.ts)$/.exec(command)?.[1];
  return script && !(name in elsewhere) ? [{ name, script }] : [];
});

async function node(script: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args]);
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

it('finds the commands to test in package.json', () => {
  expect(commands.map((c) => c.name)).toEqual(
    expect.arrayContaining([
      'serve',
      'check:upgrade',
      'counter',
      'bench:counter',
      'bench:search',
      'bench:lighthouse',
      'gen-corpus',
      'bench:import',
      'bench:cards',
    ]),
  );
  for (const name of Object.keys(elsewhere)) expect(scripts[name], name).toMatch(/^node \S+\.ts$/);
});

// Each run starts Node on a script and its imports: seconds on a busy machine, not milliseconds.
describe.each(commands)('npm run $name ($script)', { timeout: 30_000 }, ({ name, script }) => {
  it('prints its usage for --help, in Vietnamese then English, and exits 0', async () => {
    const { code, out, err } = await node(script, '--help');
    expect(err).toBe('');
    expect(code).toBe(0);
    // The English half begins with the first paragraph opening on English words ("Measures the …").
    const paragraphs = out.split('\n\n');
    const english = paragraphs.findIndex((p, i) => i > 0 && /^[A-Z][a-z]+ /.test(p) && !/[À-ỹ]/.test(p.split('\n')[0]!));
    expect(english, out).toBeGreaterThan(0);
    const vi = paragraphs.slice(0, english).join('\n\n');
    const en = paragraphs.slice(english).join('\n\n');
    expect(vi).toMatch(/[À-ỹ]/);
    expect(vi).toContain(`npm run ${name}`);
    expect(en).toContain(`npm run ${name}`);
  });

  it('names a wrong option in one line, no stack trace, exit 2', async () => {
    const { code, out, err } = await node(script, '--nope');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/(unknown option|unexpected) "?--nope/);
    expect(err).toContain(`npm run ${name} -- --help`);
  });
});
