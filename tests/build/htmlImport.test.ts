import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../../scripts/lib/cli/runScript.ts';
import { buildSite, workspace } from '../support/site.ts';
import type { ImportedFile } from '../../scripts/lib/legacy/importFiles.ts';

/**
 * A district office's migration, with the real tools and the real build: a folder of saved article
 * pages (photos beside them, one missing) and a text export, imported into a copy of the archive;
 * checked; imported again (nothing added); built. The published pages show their photos with
 * captions, and the districts the importer added say where the area belongs since 2025.
 */

const exportsFolder = 'tests/fixtures/html-exports/mixed';
const ws = workspace('html-import');
afterAll(() => ws.remove());
const inContent = { env: { BANTIN_CONTENT_DIR: ws.content } };

/** A line of `npm run import -- --json`; every file here is imported, so each has its article. */
type Imported = ImportedFile & { article: string };

const pageOf = (article: string) => join(ws.dist, 'tin-tuc', '2024', basename(article).replace(/\.mdx?$/, ''), 'index.html');

describe('importing saved pages and text exports, then building', () => {
  let imported: Imported[] = [];
  /** The photos of the year the import adds to, beside those the content already has. */
  const media2024 = () => readdirSync(join(ws.content, 'media', '2024')).sort();
  const existingPhotos = existsSync(join(ws.content, 'media', '2024')) ? media2024() : [];
  const importedPhotos = () => media2024().filter((name) => !existingPhotos.includes(name));

  it('imports the folder: four articles, one draft (a district name two provinces share), three districts added', async () => {
    const run = await runScript('scripts/import-legacy.ts', [
      exportsFolder,
      '--out',
      ws.content,
      '--json',
      '--report',
      join(ws.root, 'report.json'),
    ]);
    expect(run.code, run.out + run.err).toBe(0);
    imported = JSON.parse(run.out).files;
    expect(imported.map((f) => [basename(f.file), f.status, f.draft])).toEqual([
      ['bai-ba.html', 'created', true],
      ['bai-bon.txt', 'created', false],
      ['bai-hai.html', 'created', false],
      ['bai-mot.html', 'created', false],
    ]);
    expect(imported.flatMap((f) => f.districtsAdded ?? [])).toEqual(['phu-tan-ca-mau', 'chau-thanh-long-an', 'can-giuoc-long-an']);
    expect(JSON.parse(readFileSync(join(ws.root, 'report.json'), 'utf8')).summary).toMatchObject({ files: 4, created: 4, drafts: 1 });
    expect(importedPhotos()).toEqual([
      'can-giuoc-ra-quan-xay-dung-nong-thon-moi-nang-cao-nam-2024-1.jpg',
      'phu-tan-trao-co-thi-dua-cho-12-tap-the-xuat-sac-1.jpg',
    ]);
  });

  it('npm run check:content finds no errors', async () => {
    const run = await runScript('scripts/check-content.ts', [], inContent);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('Nội dung hợp lệ. / Content is valid.');
  });

  it('a second import adds nothing', async () => {
    const before = readFileSync(join(ws.content, 'districts.yaml'), 'utf8');
    const run = await runScript('scripts/import-legacy.ts', [exportsFolder, '--out', ws.content, '--report', join(ws.root, 'report2.txt')]);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('4 tệp: 0 bài mới, 4 bài đã có, 0 lỗi; 0 bản nháp cần xem lại; 0 văn bản mới.');
    expect(readFileSync(join(ws.content, 'districts.yaml'), 'utf8')).toBe(before);
    expect(importedPhotos()).toHaveLength(2);
  });

  it('builds pages with their photos and captions, and district pages that say where the area belongs since 2025', async () => {
    await buildSite(ws);
    for (const f of imported) expect(existsSync(pageOf(f.article)), f.article).toBe(!f.draft);

    const withPhoto = readFileSync(pageOf(imported.find((f) => f.file.endsWith('bai-mot.html'))!.article), 'utf8');
    const img = /<img[^>]+alt="Lãnh đạo huyện Cần Giuộc phát cờ ra quân"[^>]*>/.exec(withPhoto)?.[0];
    expect(img, 'the photo is on the page').toBeDefined();
    const src = /src="([^"]+)"/.exec(img!)![1]!;
    expect(src).toMatch(/^\/_astro\/.+\.webp$/);
    expect(existsSync(join(ws.dist, src))).toBe(true);
    expect(withPhoto).toContain('<figcaption>Lãnh đạo huyện Cần Giuộc phát cờ ra quân. Ảnh: Hoài Thương</figcaption>');

    const missingPhoto = readFileSync(pageOf(imported.find((f) => f.file.endsWith('bai-hai.html'))!.article), 'utf8');
    expect(missingPhoto).toContain('<figcaption>Quang cảnh hội nghị. Ảnh: Ngọc Hân</figcaption>');

    const district = readFileSync(join(ws.dist, 'dia-phuong', 'can-giuoc-long-an', 'index.html'), 'utf8');
    expect(district).toContain('Từ ngày 1/7/2025 không còn cấp huyện; tỉnh Long An sáp nhập vào tỉnh Tây Ninh.');
    const english = readFileSync(join(ws.dist, 'en', 'districts', 'phu-tan-ca-mau', 'index.html'), 'utf8');
    expect(english).toContain('the area is in Ca Mau province, which Bac Lieu province merged into.');
  });
});
