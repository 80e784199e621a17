import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runChecks, type CheckStep } from './checkRunner.ts';

/** A step that is a real Node process printing `says` and exiting with `code`. */
function step(name: string, code: number, says: string): CheckStep {
  return {
    title: { vi: `Bước ${name}`, en: `Step ${name}` },
    command: [process.execPath, '-e', `console.log(${JSON.stringify(says)}); process.exit(${code})`],
    passed: { vi: `${name} đạt`, en: `${name} passed` },
    failed: { vi: `${name} hỏng`, en: `${name} failed` },
  };
}

/** Runs the steps with their output collected instead of sent to the terminal. */
async function run(steps: CheckStep[]): Promise<{ ok: boolean; text: string }> {
  let text = '';
  const ok = await runChecks(
    steps,
    async ([program = '', ...args]) => {
      const child = spawnSync(program, args, { encoding: 'utf8' });
      text += child.stdout;
      return child.status ?? 1;
    },
    (t) => (text += t),
  );
  return { ok, text };
}

describe('runChecks', () => {
  it('runs the later steps when an earlier one fails, and fails overall', async () => {
    const { ok, text } = await run([step('A', 1, 'type error in tests/x.ts'), step('B', 1, 'LỖI content/articles/vi/2024/x.mdx')]);
    expect(ok).toBe(false);
    expect(text).toContain('=== 1/2  Bước A / Step A ===\n\ntype error in tests/x.ts\n');
    expect(text).toContain('=== 2/2  Bước B / Step B ===\n\nLỖI content/articles/vi/2024/x.mdx\n');
    expect(
      text.endsWith(
        '=== Kết quả / Summary ===\nLỖI / FAILED  Bước A / Step A\n    A hỏng\n    A failed\nLỖI / FAILED  Bước B / Step B\n    B hỏng\n    B failed\n',
      ),
    ).toBe(true);
  });

  it('fails when only the last step fails, passes when all pass', async () => {
    expect((await run([step('A', 0, ''), step('B', 2, '')])).ok).toBe(false);
    const passed = await run([step('A', 0, ''), step('B', 0, '')]);
    expect(passed.ok).toBe(true);
    expect(passed.text).toContain('ĐẠT / PASSED  Bước A / Step A\n    A đạt\n    A passed\nĐẠT / PASSED  Bước B / Step B');
  });
});
