import { spawn } from 'node:child_process';

/** One check `npm run check` runs: a command, and what its result means to an editor. */
export interface CheckStep {
  title: { vi: string; en: string };
  command: string[];
  /** Said at the end when the step failed: whose problem it is and what to do. */
  failed: { vi: string; en: string };
  passed: { vi: string; en: string };
}

/** Runs a command with the terminal as its own (colours, progress); resolves with its exit code. */
export function spawnInherit(command: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const [program = '', ...args] = command;
    const child = spawn(program, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Runs every step, whatever the earlier ones said: a type error in test code must not hide the
 * content problems an editor came to see. Each step gets a heading; the end repeats, step by step,
 * what passed and what failed and whose it is, so the last lines on the screen are the answer.
 * Resolves true when every step passed.
 */
export async function runChecks(
  steps: CheckStep[],
  run: (command: string[]) => Promise<number> = spawnInherit,
  print: (text: string) => void = (text) => process.stdout.write(text),
): Promise<boolean> {
  const results: boolean[] = [];
  for (const [index, step] of steps.entries()) {
    print(`\n=== ${index + 1}/${steps.length}  ${step.title.vi} / ${step.title.en} ===\n\n`);
    results.push((await run(step.command)) === 0);
  }
  const lines = steps.map((step, i) => {
    const said = results[i] ? step.passed : step.failed;
    return `${results[i] ? 'ĐẠT / PASSED' : 'LỖI / FAILED'}  ${step.title.vi} / ${step.title.en}\n    ${said.vi}\n    ${said.en}`;
  });
  print(`\n=== Kết quả / Summary ===\n${lines.join('\n')}\n`);
  return results.every(Boolean);
}
