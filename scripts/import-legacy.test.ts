import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from './lib/cli/runScript.ts';
import { exportVariants } from './lib/legacy/exportVariants.ts';
import { parseYaml, splitFrontmatter } from '../src/lib/yamlSource.ts';

/**
 * `npm run import`, run for real over the five seeds into a temporary content folder holding the
 * site's districts.yaml and documents.yaml (never into content/). The lead's hand-written articles
 * for the same seeds (content/articles/vi/2024/) are the reference for what the importer must read.
 */

// Copies of ../shared/seeds/ (the portals' real exports), kept in the repo so every clone has them.
const seeds = 'tests/fixtures/seeds';
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'bantin-import-'));
  roots.push(root);
  copyFileSync('content/districts.yaml', join(root, 'districts.yaml'));
  copyFileSync('content/documents.yaml', join(root, 'documents.yaml'));
  return root;
}

const run = (script: string, args: string[], env: Record<string, string> = {}) => runScript(script, args, { env });

const importLegacy = (...args: string[]) => run('scripts/import-legacy.ts', args);
const check = (root: string) => run('scripts/check-content.ts', [], { BANTIN_CONTENT_DIR: root });

function frontmatter(file: string): Record<string, unknown> {
  return parseYaml(splitFrontmatter(readFileSync(file, 'utf8'))!.yaml).value as Record<string, unknown>;
}

describe('scripts/import-legacy.ts over the five seeds', { timeout: 60_000 }, () => {
  const root = contentCopy();
  let first: { code: number; out: string };

  beforeAll(async () => {
    first = await importLegacy(seeds, '--out', root);
  }, 60_000);

  it('imports the folder in one go and prints a summary with the review list', () => {
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain('5 tệp: 5 bài mới, 0 bài đã có, 0 lỗi; 2 bản nháp cần xem lại; 0 văn bản mới.');
    expect(first.out).toContain('5 files: 5 new articles, 0 already there, 0 failed; 2 drafts to review; 0 new documents.');
    expect(first.out).toContain('    - author: no byline; "Cổng thông tin điện tử huyện Cồn Cỏ" is recorded for now');
    expect(first.out).toContain('    - publishedAt: không rõ giờ đăng: chỉ ghi ngày');
    expect(first.out).toContain(
      `Tiếp theo: mở từng bản nháp, sửa các dòng có ghi chú "# Cần xem lại", xóa dòng draft: true; rồi chạy BANTIN_CONTENT_DIR=${root} npm run check.`,
    );
    expect(first.out).toMatch(
      /^tests\/fixtures\/seeds\/004_5d379a9a4adc2f07\.txt: đã tạo \/ created, bản nháp \/ draft\n  → .*\/articles\/vi\/2024\/day-manh-/m,
    );
  });

  it('agrees with the hand-written articles on title, date and time, author, district, documents and legacy views', () => {
    const handWritten = readdirSync('content/articles/vi/2024').filter((f) => /\.mdx?$/.test(f));
    const imported = readdirSync(join(root, 'articles/vi/2024'));
    const fields = ['title', 'publishedAt', 'author', 'district', 'documents', 'legacyViews'] as const;
    const pick = (data: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, data[f]]));
    const importedByTitle = new Map(
      imported.map((f) => [frontmatter(join(root, 'articles/vi/2024', f))['title'], pick(frontmatter(join(root, 'articles/vi/2024', f)))]),
    );
    const seedTitles = new Set(importedByTitle.keys());
    const references = handWritten
      .map((f) => pick(frontmatter(`content/articles/vi/2024/${f}`)))
      .filter((data) => seedTitles.has(data['title']));
    expect(references).toHaveLength(5);
    for (const reference of references) expect(importedByTitle.get(reference['title'])).toEqual(reference);
  });

  it('writes articles that pass npm run check (drafts are warnings)', async () => {
    const checked = await check(root);
    expect(checked.code, checked.out).toBe(0);
    expect(checked.out).toContain('0 lỗi, 2 cảnh báo');
  });

  it('is idempotent: a second import changes nothing', async () => {
    const before = readdirSync(join(root, 'articles/vi/2024')).map((f) => readFileSync(join(root, 'articles/vi/2024', f), 'utf8'));
    const documentsBefore = readFileSync(join(root, 'documents.yaml'), 'utf8');
    const again = await importLegacy(seeds, '--out', root);
    expect(again.code).toBe(0);
    expect(again.out).toContain('5 tệp: 0 bài mới, 5 bài đã có, 0 lỗi');
    expect(readdirSync(join(root, 'articles/vi/2024')).map((f) => readFileSync(join(root, 'articles/vi/2024', f), 'utf8'))).toEqual(before);
    expect(readFileSync(join(root, 'documents.yaml'), 'utf8')).toBe(documentsBefore);
  });

  it('leaves an article an editor has changed since the import as it is', async () => {
    const dir = join(root, 'articles/vi/2024');
    const file = join(
      dir,
      readdirSync(dir).find((f) => f.startsWith('tan-tru-tap-trung'))!,
    );
    const edited = readFileSync(file, 'utf8').replace('## Phấn đấu', '## Phấn đấu (đã sửa)');
    writeFileSync(file, edited);
    const again = await importLegacy(join(seeds, '001_a5f571b50dc6989c.txt'), '--out', root);
    expect(again.out).toContain('đã có và đã được sửa sau khi nhập: giữ nguyên / already imported and edited since: left as it is');
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });
});

describe('scripts/import-legacy.ts', { timeout: 60_000 }, () => {
  it('--json prints a machine-readable report', async () => {
    const root = contentCopy();
    const { code, out } = await importLegacy(join(seeds, '004_5d379a9a4adc2f07.txt'), '--out', root, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.summary).toEqual({ files: 1, created: 1, existing: 0, failed: 0, drafts: 1, documents: 0 });
    expect(report.files[0]).toMatchObject({ status: 'created', draft: true, documentsAdded: [] });
    expect(report.files[0].review.map((r: { field: string }) => r.field)).toEqual(['publishedAt', 'author', 'legacyViews', 'documents']);
  });

  it('adds documents that documents.yaml lacks, once for the whole folder, and the result passes the check', async () => {
    const root = contentCopy();
    writeFileSync(join(root, 'documents.yaml'), '# empty\n');
    const { code, out } = await importLegacy(seeds, '--out', root);
    expect(code, out).toBe(0);
    expect(out).toContain('7 văn bản mới');
    const yaml = readFileSync(join(root, 'documents.yaml'), 'utf8');
    expect(yaml.match(/number: "55-NQ\/HU"/g)).toHaveLength(1);
    expect(yaml).toContain('- id: "chau-thanh-soc-trang-27-kh-ubnd-2024"');
    expect(yaml).toContain('    vi: "Ban Thường vụ Tỉnh ủy Bến Tre"');
    const checked = await check(root);
    expect(checked.code, checked.out).toBe(0);
  });

  it('gives a different article with the same headline that year its own slug', async () => {
    const root = contentCopy();
    const dir = mkdtempSync(join(tmpdir(), 'bantin-exports-'));
    roots.push(dir);
    const text = (time: string) => `${time}\nTân Trụ ra quân\nHuyện Tân Trụ, tỉnh Long An ra quân thi đua.\nĐoạn.\nThanh Mỹ\n`;
    writeFileSync(join(dir, 'a.txt'), text('01/03/2024 - 08:00'));
    writeFileSync(join(dir, 'b.txt'), text('05/06/2024 - 09:00'));
    const { out } = await importLegacy(dir, '--out', root);
    expect(out).toContain('tan-tru-ra-quan.mdx');
    expect(out).toContain('tan-tru-ra-quan-2.mdx');
    const again = await importLegacy(join(dir, 'b.txt'), '--out', root);
    expect(again.out).toContain(
      `b.txt: đã có, không đổi / already imported, unchanged\n  → ${join(root, 'articles/vi/2024/tan-tru-ra-quan-2.mdx')}`,
    );
  });

  it('exits 1 and says why when a file cannot be imported, importing the others', async () => {
    const root = contentCopy();
    const dir = mkdtempSync(join(tmpdir(), 'bantin-exports-'));
    roots.push(dir);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'no-date.txt'), 'Tiêu đề\nĐoạn không có ngày.\n');
    copyFileSync(join(seeds, '000_c8f8d5b5172d6ce8.txt'), join(dir, 'seed.txt'));
    const { code, out } = await importLegacy(dir, '--out', root);
    expect(code).toBe(1);
    expect(out).toContain(
      [
        'no-date.txt: không nhập được / could not be imported',
        '  không thấy ngày đăng: thêm một dòng như "01/03/2024 - 13:32" ngay dưới tiêu đề trong tệp rồi nhập lại',
        '  no publication date: add a line such as "01/03/2024 - 13:32" under the headline in the file, then import it again',
      ].join('\n'),
    );
    expect(out).toContain('1 bài mới');
  });

  it('--help prints the usage in Vietnamese, then English, and exits 0', async () => {
    const { code, out, err } = await importLegacy('--help');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.indexOf('Nhập bài từ cổng thông tin cũ')).toBe(0);
    expect(out.indexOf('Imports articles from the old portals')).toBeGreaterThan(out.indexOf('--json'));
  });

  it('a wrong command line is one vi / en line, exit 2, and nothing is written', async () => {
    const root = contentCopy();
    const documents = readFileSync(join(root, 'documents.yaml'), 'utf8');
    const cases: Array<[string[], string]> = [
      [[], 'cần ít nhất một tệp hoặc thư mục / give at least one file or folder  →  npm run import -- --help\n'],
      [[seeds, '--out', root, '--jsn'], 'không có tùy chọn --jsn / unknown option --jsn  →  npm run import -- --help\n'],
      [[seeds, '--out'], '--out cần một giá trị / --out needs a value  →  npm run import -- --help\n'],
      [
        [join(seeds, 'khong-co.txt'), seeds, 'khac.txt', '--out', root],
        `không tìm thấy ${join(seeds, 'khong-co.txt')}, khac.txt / not found: ${join(seeds, 'khong-co.txt')}, khac.txt\n`,
      ],
      [
        [seeds, '--out', join(root, 'articles')],
        `--out ${join(root, 'articles')} không phải thư mục nội dung (không có districts.yaml); để thử, chép cả thư mục content sang đó trước / --out ${join(root, 'articles')} is not a content folder (no districts.yaml); to try things out, copy the whole content folder there first  →  npm run import -- --help\n`,
      ],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await importLegacy(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toBe(message);
    }
    expect(readdirSync(root).sort()).toEqual(['districts.yaml', 'documents.yaml']);
    expect(readFileSync(join(root, 'documents.yaml'), 'utf8')).toBe(documents);
  });

  it('a folder it cannot write into fails each file with the reason in words, not a stack trace', async () => {
    const root = contentCopy();
    // A file where the articles folder should be: refused even for root, unlike a read-only folder.
    writeFileSync(join(root, 'articles'), '');
    const { code, out, err } = await importLegacy(join(seeds, '000_c8f8d5b5172d6ce8.txt'), '--out', root);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out).toContain(`000_c8f8d5b5172d6ce8.txt: không nhập được / could not be imported\n  ${join(root, 'articles')}`);
    expect(out).toContain('1 tệp: 0 bài mới, 0 bài đã có, 1 lỗi');
  });
});

describe('scripts/import-legacy.ts over 300 exports', { timeout: 120_000 }, () => {
  // 300 distinct articles made from the seeds (headline "… (bản N)"): most share a base slug with
  // others of their seed, and the long ones get a shortened base before the suffix.
  const root = contentCopy();
  const dir = mkdtempSync(join(tmpdir(), 'bantin-exports-'));
  roots.push(dir);
  const seedTexts = readdirSync(seeds)
    .sort()
    .map((f) => readFileSync(join(seeds, f), 'utf8'));
  const variants = exportVariants(seedTexts, 300);
  for (const v of variants) writeFileSync(join(dir, v.name), v.text);
  const articles = join(root, 'articles/vi/2024');
  const snapshot = () => readdirSync(articles).map((f) => [f, readFileSync(join(articles, f), 'utf8')]);

  it('creates one article per export, each with its own headline', async () => {
    const { code, out } = await importLegacy(dir, '--out', root);
    expect(code, out).toBe(0);
    expect(out).toContain('300 tệp: 300 bài mới, 0 bài đã có, 0 lỗi');
    const titles = readdirSync(articles).map((f) => frontmatter(join(articles, f))['title']);
    expect(titles).toHaveLength(300);
    expect(new Set(titles).size).toBe(300);
    expect(titles.filter((t) => String(t).endsWith('(bản 1)'))).toHaveLength(1);
    expect(titles.filter((t) => String(t).endsWith('(bản 300)'))).toHaveLength(1);
    expect(readdirSync(articles).filter((f) => /-\d+\.mdx$/.test(f)).length).toBeGreaterThan(200);
  });

  it('importing them again changes nothing, however their slugs were shortened', async () => {
    const before = snapshot();
    const documents = readFileSync(join(root, 'documents.yaml'), 'utf8');
    const { code, out } = await importLegacy(dir, '--out', root);
    expect(code, out).toBe(0);
    expect(out).toContain('300 tệp: 0 bài mới, 300 bài đã có, 0 lỗi');
    expect(snapshot()).toEqual(before);
    expect(readFileSync(join(root, 'documents.yaml'), 'utf8')).toBe(documents);
  });

  it('the articles pass npm run check', async () => {
    const checked = await check(root);
    expect(checked.code, checked.out).toBe(0);
  });
});
