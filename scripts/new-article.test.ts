import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from './lib/cli/runScript.ts';

/** `npm run new`, run for real on a copy of the valid fixture; every article it writes passes the check. */

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'bantin-new-'));
  roots.push(root);
  cpSync('tests/fixtures/content/valid', root, { recursive: true });
  return root;
}

const run = (root: string, script: string, args: string[], env: Record<string, string> = {}, input = '') =>
  runScript(script, args, { env: { ...env, BANTIN_CONTENT_DIR: root }, input });

/** Answers piped to the prompts, as a person would type them; the input then ends. */
async function interactive(root: string, answers: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  const { code, out, err } = await run(root, 'scripts/new-article.ts', [], env, `${answers.join('\n')}\n`);
  return { code, out: out + err };
}

const newArticle = (root: string, args: string[], env?: Record<string, string>) => run(root, 'scripts/new-article.ts', args, env);
/** Command-line flags from their values ({ title: 'X' } → --title X), then switches such as --yes. */
const flags = (values: Record<string, string>, ...switches: string[]) => [
  ...Object.entries(values).flatMap(([name, value]) => [`--${name}`, value]),
  ...switches,
];
const articleFiles = (root: string) => readdirSync(join(root, 'articles'), { recursive: true }).map(String).sort();
const check = (root: string) => run(root, 'scripts/check-content.ts', []);

// Each test spawns Node two to four times; on a busy 2-core machine that takes more than vitest's 5 s.
describe.concurrent('scripts/new-article.ts', { timeout: 60_000 }, () => {
  it('writes a valid article from flags alone (--yes)', async () => {
    const root = fixture();
    const args = flags(
      {
        title: 'Tân Trụ: sơ kết phong trào thi đua',
        lede: 'Một câu.',
        district: 'Tân Trụ',
        documents: '55-nq/hu',
        author: 'Thanh Mỹ',
        date: '08/05/2024 10:10',
        topics: 'thi-dua',
      },
      '--yes',
    );
    const { code, out } = await newArticle(root, args);
    expect(code, out).toBe(0);
    const file = join(root, 'articles/vi/2024/tan-tru-so-ket-phong-trao-thi-dua.md');
    expect(out).toContain(`Đã tạo ${file}`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('publishedAt: "2024-05-08T10:10:00+07:00"');
    expect(text).toContain('  - "tan-tru-long-an-55-nq-hu-2023"');
    expect(text).toContain('## Tiêu đề phụ');
    const checked = await check(root);
    expect(checked.code, checked.out).toBe(0);
    expect(checked.out).toContain('0 lỗi, 0 cảnh báo');
    expect(text).toContain('<!--\n  Viết nội dung bài bên dưới.');
    expect(text).not.toContain('{/*');
    expect(existsSync(file.replace(/\.md$/, '.mdx'))).toBe(false);
  });

  it('writes an .mdx file with MDX notes when asked (--mdx), and the check passes', async () => {
    const root = fixture();
    const args = flags({ title: 'Tân Trụ khen thưởng', lede: 'L', district: 'tan-tru-long-an', author: 'A', date: '01/04/2024' });
    const { code, out } = await newArticle(root, [...args, '--mdx', '--yes']);
    expect(code, out).toBe(0);
    const file = join(root, 'articles/vi/2024/tan-tru-khen-thuong.mdx');
    expect(out).toContain(`Đã tạo ${file}`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('{/*\n  Viết nội dung bài bên dưới.');
    expect(text).toContain('<figcaption>');
    expect(text).not.toContain('<!--');
    expect(existsSync(file.replace(/\.mdx$/, '.md'))).toBe(false);
    // The same slug in the other format is taken: one article per year and slug, whatever the format.
    const again = await newArticle(root, [...args, '--yes']);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain(`Đã có bài ${file}; bài mới dùng tên tan-tru-khen-thuong-2.`);
    const checked = await check(root);
    expect(checked.code, checked.out).toBe(0);
  });

  it('suffixes a slug already used that year, and says so', async () => {
    const root = fixture();
    const { code, out } = await newArticle(
      root,
      flags({ title: 'Tân Trụ phát động', district: 'tan-tru-long-an', author: 'A', date: '2024-04-01', lede: 'L' }, '--yes'),
    );
    expect(code, out).toBe(0);
    expect(out).toContain('Đã có bài');
    expect(out).toContain('bài mới dùng tên tan-tru-phat-dong-2');
    expect(existsSync(join(root, 'articles/vi/2024/tan-tru-phat-dong-2.md'))).toBe(true);
  });

  it('refuses an explicit --slug that is taken', async () => {
    const root = fixture();
    const { code, err } = await newArticle(
      root,
      flags({ title: 'X', slug: 'tan-tru-phat-dong', district: 'tan-tru-long-an', author: 'A', date: '2024-04-01', lang: 'en' }, '--yes'),
    );
    expect(code).toBe(2);
    expect(err).toContain('tan-tru-phat-dong.md already exists. Choose another --slug.');
  });

  it('takes any district in Vietnam, adds it to districts.yaml with where it belongs since 2025, and the check passes', async () => {
    const root = fixture();
    const values = { title: 'Cần Giuộc ra quân', lede: 'L', district: 'Cần Giuộc', author: 'A', date: '01/02/2024 08:00' };
    const args = flags(values, '--yes');
    const created = await newArticle(root, args);
    expect(created.code, created.err).toBe(0);
    expect(created.out).toContain('Đã thêm địa phương can-giuoc-long-an vào districts.yaml từ danh mục đơn vị hành chính.');
    expect(readFileSync(join(root, 'districts.yaml'), 'utf8')).toContain('- id: can-giuoc-long-an');
    const shared = await newArticle(root, flags({ ...values, district: 'Phú Tân' }, '--yes'));
    expect(shared.err).toContain('"Phú Tân" có ở nhiều tỉnh: phu-tan-an-giang, phu-tan-ca-mau.');
    const checked = await check(root);
    expect(checked.code, checked.out).toBe(0);
  });

  it('lists what is missing with --yes, and refuses an unknown district', async () => {
    const root = fixture();
    const missing = await newArticle(root, ['--title', 'X', '--yes'], { LANG: 'en_US.UTF-8' });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Missing: --district, --author. With --yes, pass all of these flags.');
    const unknown = await newArticle(root, ['--title', 'X', '--district', 'Hà Nội', '--author', 'A', '--yes']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      '--district: Không tìm thấy địa phương "Hà Nội" trong districts.yaml hay danh mục đơn vị hành chính. / --district: No district matches "Hà Nội" in districts.yaml or the national list.  →  npm run new -- --help\n',
    );
  });

  it('adds an unknown document to documents.yaml with its issuer', async () => {
    const root = fixture();
    const args = flags(
      {
        title: 'Hội nghị',
        lede: 'L',
        district: 'chau-thanh-soc-trang',
        documents: '27/KH-UBND, 09/NQ-HĐND',
        issuer: 'Hội đồng nhân dân huyện',
        'issued-on': '22/12/2023',
        author: 'YV',
        date: '19/02/2024',
      },
      '--yes',
    );
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
    expect(out).toContain('  → chau-thanh-soc-trang-27-kh-ubnd-2024 (Ủy ban nhân dân huyện Châu Thành)');
    const text = readFileSync(join(root, 'articles/vi/2024/hoi-nghi-trien-khai-ke-hoach.md'), 'utf8');
    expect(text).toContain('  - "chau-thanh-soc-trang-09-nq-hdnd-2023"');
    expect((await check(root)).code).toBe(0);
  });

  it('does not take another district’s document for a typed number: it says so and offers a new entry', async () => {
    const root = fixture();
    const answers = ['Tân Trụ triển khai kế hoạch', 'Một câu.', '1', '27/KH-UBND', 'k', 'Thanh Mỹ', '01/03/2024 08:00'];
    const { code, out } = await interactive(root, answers);
    expect(code, out).toBe(0);
    expect(out).toContain(
      'Lưu ý: số 27/KH-UBND trong documents.yaml (chau-thanh-soc-trang-27-kh-ubnd-2024) là văn bản của nơi khác. Nếu bài nhắc đúng văn bản ấy, trả lời k rồi thêm id đó vào mục documents: trong tệp bài.',
    );
    const text = readFileSync(join(root, 'articles/vi/2024/tan-tru-trien-khai-ke-hoach.md'), 'utf8');
    expect(text).toContain('documents: []');
  });

  it('asks in English with an English LANG, and asks again after a wrong answer', async () => {
    const root = fixture();
    const answers = ['Title', '', 'Hà Nội', 'tan-tru-long-an', '', 'Author', '31/02/2024', '01/04/2024'];
    const { code, out } = await interactive(root, answers, { LANG: 'en_US.UTF-8' });
    expect(code, out).toBe(0);
    expect(out).toContain('No district matches "Hà Nội" in districts.yaml or the national list.');
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
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('No original article');
    const checked = await check(root);
    expect(checked.code, checked.out).toBe(0);
  });

  it('--help prints the usage in Vietnamese, then English, and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, out, err } = await newArticle(fixture(), [flag]);
      expect(code).toBe(0);
      expect(err).toBe('');
      expect(out.indexOf('Tạo bài mới')).toBe(0);
      expect(out.indexOf('Creates an article')).toBeGreaterThan(out.indexOf('--issued-on'));
      expect(out).toContain('npm run new -- --translate vi/2024/ten-bai');
      expect(out).toContain('content/articles/vi/NĂM/ten-bai.md\n');
      expect(out).toContain('--mdx   tạo tệp .mdx thay cho .md');
      expect(out).toContain('--mdx   writes an .mdx file instead of .md');
    }
  });

  it('a wrong option or value is one line naming it, exit 2, no stack trace, nothing written', async () => {
    const root = fixture();
    const before = articleFiles(root);
    const cases: Array<[string[], string]> = [
      [['--titel', 'X'], 'không có tùy chọn --titel / unknown option --titel  →  npm run new -- --help\n'],
      [['--title'], '--title cần một giá trị / --title needs a value  →  npm run new -- --help\n'],
      [['--lang', 'fr'], '--lang "fr": chỉ nhận vi hoặc en. / --lang "fr": only vi or en.  →  npm run new -- --help\n'],
      [
        ['--title', 'X', '--district', 'tan-tru-long-an', '--author', 'A', '--date', '31/02/2024', '--yes'],
        '--date: Ngày không hợp lệ. Ví dụ: 19/02/2024 hoặc 01/03/2024 13:32. / --date: Not a valid date. Examples: 19/02/2024 or 01/03/2024 13:32.  →  npm run new -- --help\n',
      ],
      [
        ['--title', 'X', '--district', 'tan-tru-long-an', '--author', 'A', '--topics', 'the-thao', '--yes'],
        '--topics: "the-thao" không phải chủ đề',
      ],
      [
        ['--translate', 'vi/2024/tan-tru-phat-dong', '--title', 'X'],
        '--translate không dùng cùng --title. / --translate does not go with --title.',
      ],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await newArticle(root, args);
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err.startsWith(message) || err === message, `${args.join(' ')}\n${err}`).toBe(true);
      expect(err.split('\n').filter(Boolean)).toHaveLength(1);
    }
    expect(articleFiles(root)).toEqual(before);
  });

  it('says where the -- goes when npm took the options for itself', async () => {
    // `npm run new --title X`: npm keeps --title, the script gets only "X".
    const { code, err } = await newArticle(fixture(), ['X'], { npm_lifecycle_event: 'new' });
    expect(code).toBe(2);
    expect(err).toContain('các tùy chọn viết sau dấu --, ví dụ npm run new -- --help');
  });

  it('stops cleanly when the input ends (Ctrl-D) before the last question, and writes nothing', async () => {
    const root = fixture();
    const before = articleFiles(root);
    const documentsBefore = readFileSync(join(root, 'documents.yaml'), 'utf8');
    const { code, out } = await interactive(root, ['Tiêu đề', '', '1', '12-KH/HU', 'c', '', '']);
    expect(code, out).toBe(1);
    expect(out).toContain(
      'Đã dừng trước khi trả lời hết các câu hỏi (Ctrl-D); chưa ghi tệp nào. / Stopped before every question was answered (Ctrl-D); nothing was written.',
    );
    expect(out).not.toMatch(/\n\s+at /);
    expect(articleFiles(root)).toEqual(before);
    expect(readFileSync(join(root, 'documents.yaml'), 'utf8')).toBe(documentsBefore);
  });

  it('Ctrl-C during the questions says nothing was written', async () => {
    const root = fixture();
    const before = articleFiles(root);
    const child = spawn(process.execPath, ['scripts/new-article.ts'], {
      env: { ...process.env, LANG: 'C.UTF-8', BANTIN_CONTENT_DIR: root },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('Tiêu đề: ')) child.kill('SIGINT');
    });
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(err).toBe('\nĐã hủy (Ctrl-C); chưa ghi tệp nào. / Cancelled (Ctrl-C); nothing was written.\n');
    expect(articleFiles(root)).toEqual(before);
  });

  it('a folder it cannot write into is one line, not a stack trace', async () => {
    const root = fixture();
    // A file where the year folder should be: refused even for root, unlike a read-only folder.
    writeFileSync(join(root, 'articles/vi/2025'), '');
    const args = ['--title', 'X', '--lede', 'L', '--district', 'tan-tru-long-an', '--author', 'A', '--date', '01/02/2025', '--yes'];
    const { code, err } = await newArticle(root, args);
    expect(code).toBe(1);
    const blocked = join(root, 'articles/vi/2025');
    expect(err).toBe(`${blocked} là một tệp, ở chỗ cần một thư mục / ${blocked} is a file where a folder should be\n`);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only content folder is one line: permission denied', async () => {
    const root = fixture();
    mkdirSync(join(root, 'articles/vi/2025'));
    chmodSync(join(root, 'articles/vi/2025'), 0o555);
    const args = ['--title', 'X', '--lede', 'L', '--district', 'tan-tru-long-an', '--author', 'A', '--date', '01/02/2025', '--yes'];
    const { code, err } = await newArticle(root, args);
    chmodSync(join(root, 'articles/vi/2025'), 0o755);
    expect(code).toBe(1);
    expect(err).toMatch(/^không có quyền đọc hoặc ghi .*x\.md \/ permission denied: .*x\.md\n$/);
  });
});
