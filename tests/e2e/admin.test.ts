import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
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
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#2a6f4e"/><circle cx="600" cy="400" r="250" fill="#f2c14e"/></svg>';
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request made while /admin/ loaded. */
const requests: string[] = [];
const debugLog: unknown[] = [];

async function openEditor(): Promise<void> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Europe/Berlin' });
  page = await context.newPage();
  await page.route('**/admin/config.yml*', (route) => route.fulfill({ contentType: 'application/yaml', body: testConfig }));
  // The repository's data files, where the editor's pickers read districts and documents.
  await page.goto(new URL('/favicon.svg', baseUrl()).href);
  await putRepoFiles(page, {
    'content/districts.yaml': readFileSync('content/districts.yaml', 'utf8'),
    'content/documents.yaml': readFileSync('content/documents.yaml', 'utf8'),
  });
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => debugLog.push('FAILED', request.url()));
  page.on('response', (response) => { if (response.status() >= 400) debugLog.push('HTTP', response.status(), response.url()); });
  page.on('pageerror', (error) => debugLog.push('PAGEERROR', error.message));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') debugLog.push('CONSOLE', m.text().slice(0, 400)); });
  await page.goto(new URL('/admin/', baseUrl()).href, { waitUntil: 'networkidle' });
}

beforeAll(async () => {
  browser = await connectBrowser();
  await openEditor();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('/admin/', () => {
  it('loads everything from the site itself, in Vietnamese, kept out of search engines', async () => {
    const origin = new URL(baseUrl()).origin;
    const outside = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`) && !url.startsWith('data:'));
    expect(outside).toEqual([]);
    const html = await (await fetch(new URL('/admin/', baseUrl()))).text();
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(html).toContain('<html lang="vi">');
    await page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).waitFor();
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
    await page.getByRole('option', { name: 'thi-dua' }).click();
    await editor.getByRole('checkbox', { name: /Thêm .?Ảnh bìa/ }).click();
    await editor.getByRole('button', { name: 'Duyệt tệp' }).click();
    const picker = page.getByRole('dialog', { name: 'Chọn ảnh' });
    const chooser = page.waitForEvent('filechooser');
    await picker.getByRole('button', { name: 'Tải lên' }).click();
    await (await chooser).setFiles({ name: 'Hội nghị thi đua.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await picker.getByRole('button', { name: 'Chèn' }).click();
    await editor.getByRole('textbox', { name: /Mô tả ảnh/ }).fill(article.alt);
    await editor.getByRole('spinbutton', { name: /Lượt xem/ }).scrollIntoViewIfNeeded();
    const body = editor.getByRole('group', { name: /Nội dung \/ Text/ });
    await body.scrollIntoViewIfNeeded();
    await body.getByRole('textbox', { name: 'Nội dung / Text' }).fill(article.body);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForTimeout(3000);
    await page.screenshot({ path: '/tmp/wt22-t1.png', fullPage: true });
    writeFileSync('/tmp/wt22-log.txt', debugLog.join('\n'));
    writeFileSync('/tmp/wt22-t1.txt', await page.locator('body').ariaSnapshot());
    const files = await readRepoFiles(page);
    writeFileSync('/tmp/wt22-files.txt', [...files].map(([p, b]) => `== ${p} (${b.length})\n${p.endsWith('.md') ? b.toString('utf8') : ''}`).join('\n'));
  });
});
