import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../../scripts/lib/cli/runScript.ts';
import { workspace } from '../support/site.ts';

/**
 * The real `npm run check` (scripts/check.ts: `astro check`, then the content check) on an archive
 * with a broken article. Whatever `astro check` says about the source code, the content problem is
 * printed and the command fails; the summary at the end says which check failed.
 */

const ws = workspace('check-command');
afterAll(() => ws.remove());

describe('npm run check', () => {
  it('prints the content problems and fails, whatever astro check says', async () => {
    const dir = join(ws.content, 'articles/vi/2024');
    const file = join(dir, readdirSync(dir).sort()[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^district: .*$/m, 'district: "tan-tru"'));
    const { code, out } = await runScript('scripts/check.ts', [], { env: { BANTIN_CONTENT_DIR: ws.content } });
    expect(code).toBe(1);
    const astro = out.indexOf('=== 1/2  Kiểu dữ liệu trong mã nguồn (astro check)');
    const content = out.indexOf('=== 2/2  Nội dung / Content ===');
    expect(astro).toBeGreaterThanOrEqual(0);
    expect(content).toBeGreaterThan(astro);
    const problem = out
      .slice(content)
      .split('\n')
      .find((l) => l.includes('district  không có địa phương "tan-tru"'));
    expect(problem?.startsWith(`  ${file}:`), out.slice(content)).toBe(true);
    const summary = out.slice(out.indexOf('=== Kết quả / Summary ==='));
    expect(summary).toMatch(/^(ĐẠT \/ PASSED|LỖI \/ FAILED) {2}Kiểu dữ liệu trong mã nguồn \(astro check\)/m);
    expect(summary).toContain('LỖI / FAILED  Nội dung / Content');
  });
});
