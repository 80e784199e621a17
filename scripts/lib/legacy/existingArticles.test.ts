import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexExistingArticles } from './existingArticles.ts';

const dir = mkdtempSync(join(tmpdir(), 'bantin-existing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (title: string, publishedAt: string) => `---\ntitle: "${title}"\npublishedAt: "${publishedAt}"\n---\n\nĐoạn.\n`;
function write(lang: string, name: string, text: string): string {
  mkdirSync(join(dir, 'articles', lang, '2024'), { recursive: true });
  const path = join(dir, 'articles', lang, '2024', name);
  writeFileSync(path, text);
  return path;
}

const long = 'Tân Trụ phát động phong trào thi đua xây dựng huyện đạt chuẩn nông thôn mới nâng cao năm 2024';
const shortened = write(
  'vi',
  'tan-tru-phat-dong-phong-trao-thi-dua-xay-dung-huyen-dat-chuan-nong-thon-moi-2.mdx',
  article(long, '2024-03-01T13:32:00+07:00'),
);
const renamed = write('vi', 'ra-quan.md', article('Tân Trụ ra quân', '2024-03-02T08:00:00+07:00'));
write('en', 'translated-only.mdx', article('In English', '2024-03-03T08:00:00+07:00'));
write('vi', 'khong-co-frontmatter.mdx', 'Chỉ có chữ.\n');

describe('indexExistingArticles', () => {
  it('finds an article by headline and publication time, whatever its slug', async () => {
    const index = indexExistingArticles(dir);
    expect(await index.find('2024', long, '2024-03-01T13:32:00+07:00')).toMatchObject({ path: shortened });
    expect(await index.find('2024', 'Tân Trụ ra quân', '2024-03-02T08:00:00+07:00')).toMatchObject({ path: renamed });
    expect(await index.find('2024', 'Tân Trụ ra quân', '2024-03-02T09:00:00+07:00')).toBeNull();
    expect(await index.find('2023', 'Tân Trụ ra quân', '2024-03-02T08:00:00+07:00')).toBeNull();
  });

  it('gives a free slug, counting both languages', async () => {
    const index = indexExistingArticles(dir);
    expect(await index.freeSlug('2024', 'Translated only')).toBe('translated-only-2');
    expect(await index.freeSlug('2024', 'Khác')).toBe('khac');
  });

  it('knows what the run has written, and uses texts already read', async () => {
    const path = join(dir, 'articles', 'vi', '2024', 'khac.mdx');
    const readBefore = `${article('Tân Trụ ra quân', '2024-03-02T08:00:00+07:00')}Read before.\n`;
    const index = indexExistingArticles(dir, new Map([[renamed, readBefore]]));
    expect(await index.find('2024', 'Tân Trụ ra quân', '2024-03-02T08:00:00+07:00')).toEqual({ path: renamed, text: readBefore });
    await index.record('2024', { slug: 'khac', path, text: 'new', title: 'Khác', publishedAt: '2024-05-01' });
    expect(await index.find('2024', 'Khác', '2024-05-01')).toEqual({ path, text: 'new' });
    expect(await index.freeSlug('2024', 'Khác')).toBe('khac-2');
  });
});
