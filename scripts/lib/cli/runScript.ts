import { spawn } from 'node:child_process';

export interface ScriptRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs one of the editor tools for real (`node scripts/x.ts …`), as the tests do: the whole
 * program, its exit code, what it printed on each stream. `input` is written to its stdin, which
 * is then closed (the way a pipe ends, or an editor presses Ctrl-D).
 */
export function runScript(
  script: string,
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    // As if typed in a terminal, not run by `npm test` (whose npm_lifecycle_event changes a hint).
    const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', ...options.env };
    if (!options.env?.['npm_lifecycle_event']) delete env['npm_lifecycle_event'];
    const child = spawn(process.execPath, [script, ...args], { env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(options.input ?? '');
  });
}
