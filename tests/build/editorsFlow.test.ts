import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../../scripts/lib/cli/runScript.ts';
import { buildSite, workspace } from '../support/site.ts';
import type { ImportedFile } from '../../scripts/lib/legacy/importFiles.ts';

/**
 * An editor's whole path, with the real tools and the real build: import the five legacy exports
 * into an empty archive, scaffold an article with `npm run new` flags and a translation with
 * --translate, turn the scaffolded Markdown file into MDX for a <Callout>, check the content, build. What is published is exactly what is not a draft.
 */

const ws = workspace('editors-flow');
afterAll(() => ws.remove());

// An archive with districts and documents but no articles yet.
rmSync(join(ws.content, 'articles'), { recursive: true, force: true });
const inContent = { env: { BANTIN_CONTENT_DIR: ws.content } };

/** A line of `npm run import -- --json`; every file here is imported, so each has its article. */
type Imported = ImportedFile & { article: string };

/** /tin-tuc/2024/slug/ (vi) or /en/news/2024/slug/ in dist/, from an article's file path. */
function pageOf(article: string, lang: 'vi' | 'en' = 'vi'): string {
  const slug = basename(article).replace(/\.mdx?$/, '');
  return join(ws.dist, ...(lang === 'vi' ? ['tin-tuc'] : ['en', 'news']), '2024', slug, 'index.html');
}

describe('editors’ flow: import, scaffold, translate, check, build', () => {
  let imported: Imported[] = [];
  let scaffolded = '';
  let translated = '';

  it('imports the five seeds: five articles, two of them drafts', async () => {
    const run = await runScript('scripts/import-legacy.ts', ['tests/fixtures/seeds', '--out', ws.content, '--json']);
    expect(run.code, run.out + run.err).toBe(0);
    imported = JSON.parse(run.out).files;
    expect(imported.map((f) => f.status)).toEqual(['created', 'created', 'created', 'created', 'created']);
    expect(imported.filter((f) => f.draft)).toHaveLength(2);
  });

  it('scaffolds an article from flags and the English file of an imported one', async () => {
    const args = ['--title', 'Tân Trụ sơ kết sáu tháng thi đua', '--lede', 'Huyện Tân Trụ sơ kết phong trào thi đua sáu tháng đầu năm.'];
    const created = await runScript(
      'scripts/new-article.ts',
      [...args, '--district', 'Tân Trụ', '--documents', '55-NQ/HU', '--author', 'Thanh Mỹ', '--date', '08/07/2024 10:10', '--yes'],
      inContent,
    );
    expect(created.code, created.err).toBe(0);
    // A plain Markdown file by default.
    const plain = join(ws.content, 'articles/vi/2024/tan-tru-so-ket-sau-thang-thi-dua.md');
    expect(created.out).toContain(`Đã tạo ${plain}`);
    // The editor then wants a boxed note, which needs MDX: the file becomes .mdx, its notes deleted
    // as they ask, and the component added, with Markdown inside.
    scaffolded = plain.replace(/\.md$/, '.mdx');
    const written = readFileSync(plain, 'utf8').replace(/<!--[\s\S]*?-->\n*/g, '');
    writeFileSync(scaffolded, `${written}\n<Callout title="Số liệu">\n\nCó **68 tập thể** được khen thưởng.\n\n</Callout>\n`);
    rmSync(plain);

    const original = imported.find((f) => !f.draft)!.article;
    const slug = basename(original).replace(/\.mdx?$/, '');
    const translation = await runScript('scripts/new-article.ts', ['--translate', `vi/2024/${slug}`], inContent);
    expect(translation.code, translation.err).toBe(0);
    translated = join(ws.content, 'articles/en/2024', basename(original));
    expect(existsSync(translated)).toBe(true);
  });

  it('npm run check:content finds no errors; the three drafts are warnings', async () => {
    const run = await runScript('scripts/check-content.ts', [], inContent);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('7 bài viết, 4 địa phương, 7 văn bản: 0 lỗi, 3 cảnh báo.');
    expect(run.out).toContain('Nội dung hợp lệ. / Content is valid.');
  });

  it('builds: the published articles are in dist/, the drafts are not', async () => {
    await buildSite(ws);
    for (const f of imported) expect(existsSync(pageOf(f.article)), `${f.article} draft=${f.draft}`).toBe(!f.draft);
    const page = readFileSync(pageOf(scaffolded), 'utf8');
    expect(page).toContain('Tân Trụ sơ kết sáu tháng thi đua');
    expect(page).toMatch(
      /<div class="callout" role="note"><p class="callout-title">Số liệu<\/p>\s*<p>Có <strong>68 tập thể<\/strong> được khen thưởng.<\/p>\s*<\/div>/,
    );
    expect(existsSync(pageOf(translated, 'en'))).toBe(false);
    expect(readdirSync(join(ws.dist, 'tin-tuc/2024')).sort()).toHaveLength(4);
  });
});
