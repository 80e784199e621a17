import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/** `npm run new`, run for real on a copy of the valid fixture; every article it writes passes the check. */

const exec = promisify(execFile);
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'bantin-new-'));
  roots.push(root);
  cpSync('tests/fixtures/content/valid', root, { recursive: true });
  return root;
}

async function run(
  root: string,
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [script, ...args], {
      env: { ...process.env, LANG: 'C.UTF-8', ...env, BANTIN_CONTENT_DIR: root },
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const { code, stdout = '', stderr = '' } = error as { code: number; stdout?: string; stderr?: string };
    return { code, out: stdout, err: stderr };
  }
}

/** Answers piped to the prompts, as a person would type them. */
function interactive(root: string, answers: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/new-article.ts'], {
      env: { ...process.env, LANG: 'C.UTF-8', ...env, BANTIN_CONTENT_DIR: root },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
    child.stdin.end(`${answers.join('\n')}\n`);
  });
}

const newArticle = (root: string, args: string[], env?: Record<string, string>) => run(root, 'scripts/new-article.ts', args, env);
const check = (root: string) => run(root, 'scripts/check-content.ts', []);

// Each test spawns Node two to four times; on a busy 2-core machine that takes more than vitest's 5 s.
describe.concurrent('scripts/new-article.ts', { timeout: 60_000 }, () => {
  it('writes a valid article from flags alone (--yes)', async () => {
    const root = fixture();
    const args = [
      '--title',
      'Tân Trụ: sơ kết phong trào thi đua',
      '--lede',
      'Một câu.',
      '--district',
      'Tân Trụ',
      '--documents',
      '55-nq/hu',
      '--author',
      'Thanh Mỹ',
      '--date',
      '08/05/2024 10:10',
      '--topics',
      'thi-dua',
      '--yes',
    ];
    const { code, out } = await newArticle(root, args);
    expect(code, out).toBe(0);
    const file = join(root, 'articles/vi/2024/tan-tru-so-ket-phong-trao-thi-dua.mdx');
    expect(out).toContain(`Đã tạo ${file}`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('publishedAt: "2024-05-08T10:10:00+07:00"');
    expect(text).toContain('  - "tan-tru-long-an-55-nq-hu-2023"');
    expect(text).toContain('## Tiêu đề phụ');
    const checked = await check(root);
    expect(checked.code, checked.out).toBe(0);
    expect(checked.out).toContain('0 lỗi, 0 cảnh báo');
  });

  it('suffixes a slug already used that year, and says so', async () => {
    const root = fixture();
    const { code, out } = await newArticle(root, [
      '--title',
      'Tân Trụ phát động',
      '--district',
      'tan-tru-long-an',
      '--author',
      'A',
      '--date',
      '2024-04-01',
      '--lede',
      'L',
      '--yes',
    ]);
    expect(code, out).toBe(0);
    expect(out).toContain('Đã có bài');
    expect(out).toContain('bài mới dùng tên tan-tru-phat-dong-2');
    expect(existsSync(join(root, 'articles/vi/2024/tan-tru-phat-dong-2.mdx'))).toBe(true);
  });

  it('refuses an explicit --slug that is taken', async () => {
    const root = fixture();
    const { code, err } = await newArticle(root, [
      '--title',
      'X',
      '--slug',
      'tan-tru-phat-dong',
      '--district',
      'tan-tru-long-an',
      '--author',
      'A',
      '--date',
      '2024-04-01',
      '--yes',
      '--lang',
      'en',
    ]);
    expect(code).toBe(1);
    expect(err).toContain('tan-tru-phat-dong.mdx already exists. Choose another --slug.');
  });

  it('lists what is missing with --yes, and refuses an unknown district', async () => {
    const root = fixture();
    const missing = await newArticle(root, ['--title', 'X', '--yes'], { LANG: 'en_US.UTF-8' });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Missing: --district, --author. With --yes, pass all of these flags.');
    const unknown = await newArticle(root, ['--title', 'X', '--district', 'Hà Nội', '--author', 'A', '--yes']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Không tìm thấy địa phương "Hà Nội".');
  });

  it('adds an unknown document to documents.yaml with its issuer', async () => {
    const root = fixture();
    const args = [
      '--title',
      'Hội nghị',
      '--lede',
      'L',
      '--district',
      'chau-thanh-soc-trang',
      '--documents',
      '27/KH-UBND, 09/NQ-HĐND',
      '--issuer',
      'Hội đồng nhân dân huyện',
      '--issued-on',
      '22/12/2023',
      '--author',
      'YV',
      '--date',
      '19/02/2024',
      '--yes',
    ];
    const { code, out } = await newArticle(root, args);
    expect(code, out).toBe(0);
    expect(out).toContain('Đã thêm vào documents.yaml: chau-thanh-soc-trang-09-nq-hdnd-2023');
    const yaml = readFileSync(join(root, 'documents.yaml'), 'utf8');
    expect(yaml).toContain(
      'vi: "Hội đồng nhân dân huyện Châu Thành"\n    en: "Chau Thanh District People\'s Council"\n  issuedOn: "2023-12-22"',
    );
    const checked = await check(root);
    expect(checked.code, checked.out).toBe(0);
  });

  it('asks in Vietnamese, offers to add a document, and writes the article', async () => {
    const root = fixture();
    const answers = [
      'Hội nghị triển khai kế hoạch',
      'Một câu tóm tắt.',
      '2',
      '27/kh-ubnd, 09/NQ-HĐND',
      'c',
      '',
      '22/12/2023',
      'YV',
      '19/02/2024 08:00',
    ];
    const { code, out } = await interactive(root, answers);
    expect(code, out).toBe(0);
    expect(out).toContain('2. Châu Thành (Sóc Trăng) — chau-thanh-soc-trang');
    expect(out).toContain('Văn bản 09/NQ-HĐND chưa có trong documents.yaml. Thêm vào? (c/k) [c]');
    expect(out).toContain('Cơ quan ban hành 09/NQ-HĐND [Hội đồng nhân dân huyện Châu Thành]');
    const text = readFileSync(join(root, 'articles/vi/2024/hoi-nghi-trien-khai-ke-hoach.mdx'), 'utf8');
    expect(text).toContain('  - "chau-thanh-soc-trang-09-nq-hdnd-2023"');
    expect((await check(root)).code).toBe(0);
  });

  it('asks in English with an English LANG, and asks again after a wrong answer', async () => {
    const root = fixture();
    const answers = ['Title', '', 'Hà Nội', 'tan-tru-long-an', '', 'Author', '31/02/2024', '01/04/2024'];
    const { code, out } = await interactive(root, answers, { LANG: 'en_US.UTF-8' });
    expect(code, out).toBe(0);
    expect(out).toContain('No district matches "Hà Nội".');
    expect(out).toContain('Not a valid date.');
    expect(out).toContain('The article is a draft (no lede yet)');
  });

  it('--translate creates the English file once, with the frontmatter carried over', async () => {
    const root = fixture();
    const first = await newArticle(root, ['--translate', 'vi/2024/chau-thanh-ke-hoach']);
    expect(first.code, first.err).toBe(0);
    const text = readFileSync(join(root, 'articles/en/2024/chau-thanh-ke-hoach.mdx'), 'utf8');
    expect(text).toContain('district: "chau-thanh-soc-trang"');
    expect(text).toContain('draft: true');
    expect(text).not.toContain('legacyViews');
    expect(text).toContain('Mục đích của Kế hoạch');
    const again = await newArticle(root, ['--translate', 'vi/2024/chau-thanh-ke-hoach']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('đã có');
    const missing = await newArticle(root, ['--translate', 'vi/2024/khong-co', '--lang', 'en']);
    expect(missing.err).toContain('No original article');
    const checked = await check(root);
    expect(checked.code, checked.out).toBe(0);
  });
});
