import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from './lib/cli/runScript.ts';

/**
 * `npm run check`'s content half, run for real: one broken fixture per rule
 * (tests/fixtures/content/broken/<rule>/, laid over the valid fixture) through scripts/check-content.ts.
 * Each case names the file and line, the field, and words of both the Vietnamese and English message.
 */

const fixtures = 'tests/fixtures/content';
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

async function check(rule?: string): Promise<{ code: number; out: string }> {
  const root = mkdtempSync(join(tmpdir(), 'bantin-check-'));
  roots.push(root);
  cpSync(join(fixtures, 'valid'), root, { recursive: true });
  if (rule) cpSync(join(fixtures, 'broken', rule), root, { recursive: true });
  const { code, out } = await runScript('scripts/check-content.ts', [], { env: { BANTIN_CONTENT_DIR: root } });
  return { code, out: out.replaceAll(root, 'C') };
}

type Case = { rule: string; code: 0 | 1; where: string; field: string; vi: string; en: string };

const cases: Case[] = [
  {
    rule: 'unknown-district',
    code: 1,
    where: 'vi/2024/bai-sai-dia-phuong.md:5',
    field: 'district',
    vi: 'có phải ý bạn là "tan-tru-long-an"',
    en: 'did you mean "tan-tru-long-an"? If not, add "tan-tru" to C/districts.yaml',
  },
  {
    rule: 'unknown-document',
    code: 1,
    where: 'vi/2024/bai-sai-van-ban.md:7',
    field: 'documents[0]',
    vi: 'không có văn bản "chau-thanh-27-kh-ubnd-2024"',
    en: 'did you mean "chau-thanh-soc-trang-27-kh-ubnd-2024"',
  },
  {
    rule: 'duplicate-slug',
    code: 1,
    where: 'vi/2024/tan-tru-phat-dong.mdx',
    field: 'slug',
    vi: 'trùng đường dẫn với C/articles/vi/2024/tan-tru-phat-dong.md',
    en: 'same URL as C/articles/vi/2024/tan-tru-phat-dong.md',
  },
  {
    rule: 'translation-without-original',
    code: 1,
    where: 'en/2024/only-in-english.md',
    field: 'path',
    vi: 'bản dịch không có bài gốc tiếng Việt',
    en: 'no Vietnamese original at articles/vi/2024/only-in-english',
  },
  {
    rule: 'translation-mismatch',
    code: 0,
    where: 'en/2024/tan-tru-phat-dong.md:5',
    field: 'district',
    vi: 'khác với bài gốc',
    en: 'differs from the original C/articles/vi/2024/tan-tru-phat-dong.md',
  },
  {
    rule: 'bad-file-name',
    code: 1,
    where: 'vi/2024/Bài_Mới.md',
    field: 'slug',
    vi: 'tên tệp "Bài_Mới" không hợp lệ',
    en: 'is not a valid slug',
  },
  {
    rule: 'wrong-year-folder',
    code: 1,
    where: 'vi/2023/giao-thua.md:4',
    field: 'publishedAt',
    vi: 'thư mục năm 2023 nhưng publishedAt là năm 2024',
    en: 'move the file to articles/vi/2024/',
  },
  {
    rule: 'missing-alt',
    code: 1,
    where: 'vi/2024/anh-khong-mo-ta.md:11',
    field: 'body',
    vi: 'không có mô tả (alt)',
    en: 'has no alt text',
  },
  {
    rule: 'cover-without-alt',
    code: 1,
    where: 'vi/2024/anh-bia.md:9',
    field: 'cover.alt',
    vi: 'giá trị của cover.alt không hợp lệ',
    en: 'cover.alt is empty: describe the picture',
  },
  {
    rule: 'broken-link',
    code: 1,
    where: 'vi/2024/lien-ket-hong.md:9',
    field: 'body',
    vi: 'liên kết /tin-tuc/2024/bai-khong-co/ không dẫn tới trang nào',
    en: 'leads to no page of the site',
  },
  {
    rule: 'draft',
    code: 0,
    where: 'vi/2024/ban-nhap.md:7',
    field: 'draft',
    vi: 'bài này là bản nháp và sẽ không được đăng',
    en: 'this article is a draft and will not be published',
  },
  {
    rule: 'bad-date',
    code: 1,
    where: 'vi/2024/ngay-sai.md:4',
    field: 'publishedAt',
    vi: 'viết theo dạng năm-tháng-ngày: publishedAt: "2024-04-01T08:00:00+07:00"',
    en: 'must be a date-time with its time zone offset',
  },
  {
    rule: 'unquoted-date',
    code: 1,
    where: 'vi/2024/ngay-khong-ngoac.md:4',
    field: 'publishedAt',
    vi: 'giá trị của publishedAt không hợp lệ',
    en: 'must be written in quotes so its time zone is kept',
  },
  {
    rule: 'missing-field',
    code: 1,
    where: 'vi/2024/thieu-tac-gia.md',
    field: 'author',
    vi: 'thiếu trường bắt buộc author',
    en: 'the required field author is missing',
  },
  {
    rule: 'unknown-field',
    code: 1,
    where: 'vi/2024/truong-la.md:7',
    field: 'tags',
    vi: 'trường không có trong mô hình nội dung: tags',
    en: 'field not in the content model: tags',
  },
  {
    rule: 'missing-image-file',
    code: 1,
    where: 'vi/2024/anh-mat.md:11',
    field: 'body',
    vi: 'không tìm thấy tệp ảnh ../../../media/2024/khong-co.jpg',
    en: 'does not exist',
  },
  { rule: 'yaml-syntax', code: 1, where: 'vi/2024/loi-cu-phap.md:2', field: 'yaml', vi: 'lỗi cú pháp YAML', en: 'YAML syntax error' },
  {
    rule: 'no-frontmatter',
    code: 1,
    where: 'vi/2024/khong-co-phan-dau.md:1',
    field: 'frontmatter',
    vi: 'không có phần thông tin đầu bài',
    en: 'no frontmatter between two --- lines',
  },
  {
    rule: 'misplaced-file',
    code: 1,
    where: 'vi/bai-sai-cho.md',
    field: 'path',
    vi: 'bài nằm sai thư mục',
    en: 'put it in articles/vi/YEAR/slug.mdx',
  },
];

const dataCases: Case[] = [
  {
    rule: 'bad-district-entry',
    code: 1,
    where: 'C/districts.yaml:8',
    field: 'chau-thanh-soc-trang.kind',
    vi: 'không hợp lệ',
    en: 'must be one of: huyện',
  },
  {
    rule: 'duplicate-document-id',
    code: 1,
    where: 'C/documents.yaml:9',
    field: 'id',
    vi: 'id "tan-tru-long-an-55-nq-hu-2023" bị trùng',
    en: 'is used twice',
  },
  {
    rule: 'document-unknown-district',
    code: 1,
    where: 'C/documents.yaml:8',
    field: 'chau-thanh-soc-trang-27-kh-ubnd-2024.district',
    vi: 'không có địa phương "chau-thanh-long-an"',
    en: 'there is no district "chau-thanh-long-an"',
  },
  {
    rule: 'bad-document-number',
    code: 1,
    where: 'C/documents.yaml:6',
    field: 'chau-thanh-soc-trang-27-kh-ubnd-2024.number',
    vi: 'không hợp lệ',
    en: 'is not a document number',
  },
];

// Each case spawns Node; on a busy 2-core machine that can take more than vitest's 5 s.
describe.concurrent('scripts/check-content.ts', { timeout: 60_000 }, () => {
  it('passes the valid fixture with exit code 0', async () => {
    const { code, out } = await check();
    expect(code).toBe(0);
    expect(out).toContain('3 bài viết, 2 địa phương, 2 văn bản: 0 lỗi, 0 cảnh báo.');
    expect(out).toContain('3 articles, 2 districts, 2 documents: 0 errors, 0 warnings.');
  });

  it('has a test case for every broken fixture folder', () => {
    expect(readdirSync(join(fixtures, 'broken')).sort()).toEqual([...cases, ...dataCases].map((c) => c.rule).sort());
  });

  for (const c of [...cases, ...dataCases]) {
    it(`${c.rule}: reports it in Vietnamese then English and exits ${c.code}`, async () => {
      const { code, out } = await check(c.rule);
      const where = c.where.startsWith('C/') ? c.where : `C/articles/${c.where}`;
      const lines = out.split('\n');
      const viLine = lines.findIndex((l) => l.startsWith(`  ${where}  ${c.field}  `) && l.includes(c.vi));
      expect(viLine, out).toBeGreaterThan(0);
      expect(lines[viLine + 1], out).toContain(`  ${where}  ${c.field}  `);
      expect(lines[viLine + 1], out).toContain(c.en);
      expect(lines[viLine + 1], out).toContain('  →  ');
      expect(lines[viLine - 1]).toBe(c.code === 1 ? 'LỖI / ERROR' : 'CẢNH BÁO / WARNING');
      expect(code, out).toBe(c.code);
    });
  }

  it('reports a broken district entry once, not again in every article citing it', async () => {
    const { out } = await check('bad-district-entry');
    expect(out).not.toContain('there is no district "chau-thanh-soc-trang"');
  });

  it('--help prints the usage in Vietnamese, then English, and exits 0', async () => {
    const { code, out, err } = await runScript('scripts/check-content.ts', ['--help']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.indexOf('Kiểm tra nội dung')).toBe(0);
    expect(out.indexOf('Checks the content')).toBeGreaterThan(out.indexOf('CẢNH BÁO thì không'));
  });

  it('an unknown option or a missing content folder is one vi / en line, exit 2', async () => {
    const unknown = await runScript('scripts/check-content.ts', ['--fix']);
    expect(unknown).toEqual({
      code: 2,
      out: '',
      err: 'không có tùy chọn --fix / unknown option --fix  →  npm run check:content -- --help\n',
    });
    const missing = await runScript('scripts/check-content.ts', [], { env: { BANTIN_CONTENT_DIR: 'khong-co' } });
    expect(missing).toEqual({
      code: 2,
      out: '',
      err: 'không tìm thấy thư mục nội dung khong-co (BANTIN_CONTENT_DIR) / the content folder khong-co does not exist (BANTIN_CONTENT_DIR)\n',
    });
  });
});

describe('scripts/check.ts (npm run check)', { timeout: 60_000 }, () => {
  it('--help explains both checks, and a wrong option is one line, without running them', async () => {
    const help = await runScript('scripts/check.ts', ['-h']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('npm run check:content');
    expect(help.out.indexOf('Checks before publishing')).toBeGreaterThan(0);
    const wrong = await runScript('scripts/check.ts', ['--content-only']);
    expect(wrong).toEqual({
      code: 2,
      out: '',
      err: 'không có tùy chọn --content-only / unknown option --content-only  →  npm run check -- --help\n',
    });
  });
});
