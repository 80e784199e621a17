import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import sharp from 'sharp';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { adminContentSecurityPolicy } from '../../src/lib/adminPages.ts';
import { cmsConfig } from '../../src/lib/cmsConfig.ts';
import { slugify } from '../../src/lib/slug.ts';
import { buildSite, workspace, type Workspace } from '../support/site.ts';
import { putRepoFiles, readRepoFiles } from './adminEditor.ts';
import { baseUrl, connectBrowser } from './browser.ts';

/**
 * The web editor at /admin/ (Sveltia CMS) in real Chromium, on Sveltia's test repository (the
 * browser's own storage) instead of GitHub: a Vietnamese article with a district, a cited document
 * and a cover photo, then its English translation; the files it wrote pass the content check and
 * build into both pages.
 */

const run = promisify(execFile);

/** The article as an editor would type it: tone marks, "đ", curly quotes in the title. */
const article = {
  title: 'Châu Thành đẩy mạnh thi đua “Đồng khởi mới” năm 2024',
  lede: 'Huyện Châu Thành triển khai Kế hoạch số 27/KH-UBND, phát động thi đua yêu nước năm 2024.',
  publishedAt: '2024-03-01T13:32',
  author: 'Thanh Mỹ',
  alt: 'Hội nghị phát động phong trào thi đua năm 2024',
  body: 'Sáng 01/3, huyện Châu Thành tổ chức hội nghị phát động phong trào thi đua.\n\n## Nội dung thi đua\n\nThi đua phát triển kinh tế.',
  en: {
    title: 'Chau Thanh steps up the “New Dong Khoi” campaign in 2024',
    lede: 'Chau Thanh district carries out Plan No. 27/KH-UBND, launching the 2024 patriotic emulation movement.',
    alt: 'The meeting launching the 2024 emulation movement',
    body: 'On 1 March, Chau Thanh district held a meeting to launch the emulation movement.',
  },
};
const slug = slugify(article.title);

/** The configuration the test serves in place of the built one: the same, on the test repository. */
const testConfig = stringify(cmsConfig({ name: 'test-repo' }));

/** A JPEG as a camera would give one, drawn here so that no binary file lives in the repository. */
async function photo(): Promise<Buffer> {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#2a6f4e"/><circle cx="600" cy="400" r="250" fill="#f2c14e"/></svg>';
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request made while /admin/ loaded. */
const requests: string[] = [];
let ws: Workspace | undefined;
const cspViolations: string[] = [];

/**
 * With BANTIN_DOCS_SCREENSHOTS=docs/images, the test also saves the screenshots docs/editing.md
 * shows, so they can be made again when the editor changes.
 */
async function docsScreenshot(name: string): Promise<void> {
  const folder = process.env['BANTIN_DOCS_SCREENSHOTS'];
  if (folder) await page.screenshot({ path: join(folder, `${name}.png`) });
}

/**
 * The editor draws fields as they scroll into view: scrolls down its pane, a field at a time,
 * until the field named `name` is there.
 */
async function revealField(pane: Locator, name: RegExp): Promise<Locator> {
  const field = pane.getByRole('group', { name });
  for (let i = 0; i < 30 && (await field.count()) === 0; i++) {
    await pane
      .getByRole('group', { name: /^Trường/ })
      .last()
      .scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
  }
  await field.scrollIntoViewIfNeeded();
  return field;
}

async function openEditor(): Promise<void> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Europe/Berlin' });
  page = await context.newPage();
  await page.route('**/admin/config.yml*', (route) => route.fulfill({ contentType: 'application/yaml', body: testConfig }));
  // The editor under the Content-Security-Policy the server sends for it (src/lib/adminPages.ts):
  // any violation during the whole test is reported below.
  await page.exposeFunction('reportCspViolation', (text: string) => cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  // The repository's data files, where the editor's pickers read districts and documents.
  await page.goto(new URL('/favicon.svg', baseUrl()).href);
  await putRepoFiles(page, {
    'content/districts.yaml': readFileSync('content/districts.yaml', 'utf8'),
    'content/documents.yaml': readFileSync('content/documents.yaml', 'utf8'),
  });
  // What went out of the browser: a request its Content-Security-Policy blocked never did (see
  // the last test for the fonts Sveltia tries to fetch from a CDN).
  page.on('requestfinished', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'csp') requests.push(request.url());
  });
  await page.goto(new URL('/admin/', baseUrl()).href, { waitUntil: 'networkidle' });
}

beforeAll(async () => {
  browser = await connectBrowser();
  await openEditor();
});

afterAll(async () => {
  ws?.remove();
  await context?.close();
  await browser?.close();
});

describe('/admin/', () => {
  it('loads everything from the site itself, in Vietnamese, kept out of search engines', async () => {
    const origin = new URL(baseUrl()).origin;
    const outside = requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`) && !url.startsWith('data:'),
    );
    expect(outside).toEqual([]);
    const html = await (await fetch(new URL('/admin/', baseUrl()))).text();
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(html).toContain('<html lang="vi">');
    await page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).waitFor();
    await docsScreenshot('editor-sign-in');
  });

  it('is left out of the sitemap, the search index and the visit counter', () => {
    const siteDir = inject('siteDir');
    const sitemaps = ['sitemap-0.xml', 'sitemap-index.xml'].map((f) => readFileSync(join(siteDir, f), 'utf8')).join('\n');
    expect(sitemaps).not.toContain('/admin/');
    expect(Object.keys(JSON.parse(readFileSync(join(siteDir, '_bantin/pages.json'), 'utf8')).pages)).not.toContain('/admin/');
    // Pagefind indexes article pages only; the editor's page has no data-pagefind-body either.
    expect(readFileSync(join(siteDir, 'admin/index.html'), 'utf8')).not.toContain('data-pagefind-body');
  });

  it('writes a Vietnamese article and its English translation that pass the content check and build', { timeout: 300_000 }, async () => {
    await page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).click();
    await page.goto(new URL('/admin/#/collections/articles/new', baseUrl()).href);
    const editor = page.getByRole('group', { name: /Chỉnh sửa nội dung/ });
    await editor.getByRole('textbox', { name: 'Tiêu đề / Title' }).fill(article.title);
    await editor.getByRole('textbox', { name: 'Tóm tắt / Lede' }).fill(article.lede);
    await editor.getByRole('textbox', { name: /Ngày giờ đăng/ }).fill(article.publishedAt);
    await editor.getByRole('radio', { name: 'Châu Thành, Sóc Trăng' }).press('Space');
    await editor.getByRole('combobox', { name: /Văn bản được nhắc tới/ }).click();
    await page.getByRole('option', { name: /27\/KH-UBND/ }).click();
    await editor.getByRole('textbox', { name: 'Tác giả / Author' }).fill(article.author);
    await editor.getByRole('combobox', { name: 'Chủ đề / Topics' }).click();
    await page.getByRole('option', { name: /Thi đua/ }).click();
    await docsScreenshot('editor-new-article');
    await editor.getByRole('checkbox', { name: /Thêm .?Ảnh bìa/ }).click();
    await editor.getByRole('button', { name: 'Duyệt tệp' }).click();
    const picker = page.getByRole('dialog', { name: 'Chọn ảnh' });
    const chooser = page.waitForEvent('filechooser');
    await picker.getByRole('button', { name: 'Tải lên' }).click();
    await (await chooser).setFiles({ name: 'Hội nghị thi đua.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await docsScreenshot('editor-photo');
    await picker.getByRole('button', { name: 'Chèn' }).click();
    await editor.getByRole('textbox', { name: /Mô tả ảnh/ }).fill(article.alt);
    const body = await revealField(editor, /Nội dung \/ Text/);
    await body.getByRole('textbox', { name: 'Nội dung / Text' }).fill(article.body);
    await page.getByRole('button', { name: 'Lưu' }).click();
    const viPath = `content/articles/vi/2024/${slug}.md`;
    await expect.poll(async () => (await readRepoFiles(page)).has(viPath), { timeout: 15_000 }).toBe(true);

    // The translation: the same entry, English switched on; shared fields are copied from the original.
    await page.goto(new URL(`/admin/#/collections/articles/entries/2024/${slug}`, baseUrl()).href);
    await page
      .getByRole('radio', { name: /Tiếng Anh/ })
      .first()
      .click();
    await page.getByRole('button', { name: /Bật .?Tiếng Anh/ }).click();
    const english = page.getByRole('group', { name: /Chỉnh sửa nội dung .?Tiếng Anh/ });
    await english.getByRole('textbox', { name: 'Tiêu đề / Title' }).fill(article.en.title);
    await english.getByRole('textbox', { name: 'Tóm tắt / Lede' }).fill(article.en.lede);
    await docsScreenshot('editor-translation');
    const cover = await revealField(english, /Ảnh bìa/);
    await cover.getByRole('textbox', { name: /Mô tả ảnh/ }).fill(article.en.alt);
    const enBody = await revealField(english, /Nội dung \/ Text/);
    await enBody.getByRole('textbox', { name: 'Nội dung / Text' }).fill(article.en.body);
    await page.getByRole('button', { name: 'Lưu' }).click();
    const enPath = `content/articles/en/2024/${slug}.md`;
    await expect.poll(async () => (await readRepoFiles(page)).has(enPath), { timeout: 15_000 }).toBe(true);

    const files = await readRepoFiles(page);
    const vi = files.get(viPath)!.toString('utf8');
    const en = files.get(enPath)!.toString('utf8');
    // A quoted string with Vietnam's offset, whatever the editor's own time zone (Berlin here).
    expect(vi).toContain('publishedAt: "2024-03-01T13:32:00+07:00"');
    expect(en).toContain('publishedAt: "2024-03-01T13:32:00+07:00"');
    const viData = parse(vi.split('---\n')[1]!) as Record<string, unknown>;
    const enData = parse(en.split('---\n')[1]!) as Record<string, unknown>;
    expect(viData).toMatchObject({
      title: article.title,
      district: 'chau-thanh-soc-trang',
      documents: ['chau-thanh-soc-trang-27-kh-ubnd-2024'],
      author: article.author,
      topics: ['thi-dua'],
      cover: { alt: article.alt },
    });
    expect(enData).toMatchObject({ title: article.en.title, district: 'chau-thanh-soc-trang', cover: { alt: article.en.alt } });
    // The photo: in content/media/YEAR/ with a slug for a name, WebP, and pointed at relatively.
    const photoPath = [...files.keys()].find((path) => path.startsWith('content/media/'));
    expect(photoPath).toMatch(/^content\/media\/\d{4}\/hoi-nghi-thi-dua\.webp$/);
    const coverSrc = (viData['cover'] as { src: string }).src;
    expect(coverSrc).toBe(`../../../${photoPath!.slice('content/'.length)}`);
    expect((enData['cover'] as { src: string }).src).toBe(coverSrc);
    expect(vi).toContain('## Nội dung thi đua');

    // The files as a pull request would bring them: the content check, then a real build.
    ws = workspace('admin');
    for (const [path, bytes] of files) {
      if (!path.startsWith('content/articles/') && !path.startsWith('content/media/')) continue;
      const target = join(ws.content, path.slice('content/'.length));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    const check = await run(process.execPath, ['scripts/check-content.ts'], {
      env: { ...process.env, BANTIN_CONTENT_DIR: ws.content },
    }).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`npm run check:content failed on the editor's files:\n${error.stdout}\n${error.stderr}`);
    });
    expect(check.stdout).not.toMatch(/LỖI|ERROR/);
    await buildSite(ws);
    for (const page of [`tin-tuc/2024/${slug}/index.html`, `en/news/2024/${slug}/index.html`])
      expect(existsSync(join(ws.dist, page))).toBe(true);
    const built = readFileSync(join(ws.dist, `tin-tuc/2024/${slug}/index.html`), 'utf8');
    expect(built).toContain('Châu Thành đẩy mạnh thi đua');
    // astro:assets optimised the photo: the page points at its own sizes, not at content/.
    const img = built.match(/<img [^>]*alt="Hội nghị phát động phong trào thi đua năm 2024"[^>]*>/)?.[0];
    expect(img).toMatch(/ src="\/_astro\/hoi-nghi-thi-dua\.[^"]+"/);
  });

  it('passes axe (WCAG 2.2 AA) but for the one upstream failure recorded in docs/editing.md', { timeout: 180_000 }, async () => {
    await page.goto(new URL('/admin/#/collections/articles/new', baseUrl()).href);
    await page.getByRole('textbox', { name: 'Tiêu đề / Title' }).waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    // Sveltia CMS 0.221.1 adds its own <meta name="viewport"> with maximum-scale=1, which stops
    // zooming on phones (WCAG 1.4.4). The site's own pages are tested without exceptions
    // (tests/e2e/site.test.ts); this list is the editor's, and a new failure still fails here.
    const known = ['meta-viewport'];
    expect(results.violations.map((v) => v.id)).toEqual(known);
  });

  it('needs nothing beyond the Content-Security-Policy src/lib/adminPages.ts gives it', async () => {
    const served = (await fetch(new URL('/admin/', baseUrl()))).headers.get('content-security-policy');
    expect(served).toBe(`${adminContentSecurityPolicy()}; frame-ancestors 'none'`);
    // Sveltia CMS 0.221.1 registers its bundled fonts with the FontFace API and, when one fails to
    // load, tries jsDelivr instead. During this test that happens for its three fonts (under the
    // policy; the loads from the site itself raise no violation), and the policy blocks the
    // fallback, so nothing leaves the site. Recorded upstream-style in docs/editing.md; anything
    // else the editor needs fails here.
    const fontFallback = /^font-src https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\//;
    expect(cspViolations.filter((v) => !fontFallback.test(v))).toEqual([]);
  });
});
