import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.ts';
import { serveSite, type RunningSite } from '../../scripts/lib/serveSite.ts';
import { buildSite, workspace } from '../support/site.ts';

/**
 * MDX articles as editors write them, through the real build: `export` and `{expressions}`, a
 * component imported from the project, and the article components available without an import
 * (src/components/article/), in a Vietnamese article and its English translation; then the pages
 * in Chromium at a phone's and a desktop's width, with axe-core.
 */

const slug = 'tan-tru-so-ket-thi-dua-mdx';
const callout = resolve('src/components/article/Callout.astro');

function article(lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  return `---
title: "${vi ? 'Tân Trụ sơ kết thi đua' : 'Tan Tru reviews the emulation campaign'}"
lede: "${vi ? 'Huyện Tân Trụ sơ kết phong trào thi đua xây dựng nông thôn mới nâng cao.' : 'Tan Tru district reviews its campaign for advanced new rural areas.'}"
publishedAt: "2024-06-10T08:00:00+07:00"
district: tan-tru-long-an
documents:
  - tan-tru-long-an-55-nq-hu-2023
author: "Châu Sơn"
topics:
  - nong-thon-moi
---

import Note from '${callout}';
import field from '../../../media/2024/field.jpg';
import school from '../../../media/2024/school.jpg';

export const n = 12;

${vi ? 'Số tập thể được khen thưởng' : 'Groups commended'}: {n * 2}.

<Callout title="${vi ? 'Số liệu' : 'Figures'}">

${vi ? 'Có **68 tập thể** được khen thưởng.' : '**68 groups** were commended.'}

</Callout>

<Figure src={field} alt="${vi ? 'Cánh đồng lúa xã Quê Mỹ Thạnh' : 'Rice fields in Que My Thanh commune'}" caption="${vi ? 'Cánh đồng ở xã Quê Mỹ Thạnh' : 'Fields in Que My Thanh'}" />

<Gallery caption="${vi ? 'Hình ảnh hội nghị' : 'The conference'}" photos={[
  { src: field, alt: "${vi ? 'Cánh đồng' : 'Fields'}", caption: "${vi ? 'Cánh đồng' : 'Fields'}" },
  { src: school, alt: "${vi ? 'Trường học mới' : 'A new school'}" },
]} />

${vi ? 'Theo' : 'Under'} <DocumentLink number="55-NQ/HU" />.

<Note title="${vi ? 'Ghi chú' : 'Note'}">${vi ? 'Thành phần được import.' : 'An imported component.'}</Note>
`;
}

const ws = workspace('mdx-articles');
let browser: Browser | undefined;
let site: RunningSite | undefined;

beforeAll(async () => {
  mkdirSync(join(ws.content, 'media/2024'), { recursive: true });
  for (const [name, background] of [
    ['field', '#5a8f3c'],
    ['school', '#c8a040'],
  ] as const) {
    await sharp({ create: { width: 960, height: 640, channels: 3, background } })
      .jpeg()
      .toFile(join(ws.content, `media/2024/${name}.jpg`));
  }
  for (const lang of ['vi', 'en'] as const) writeFileSync(join(ws.content, `articles/${lang}/2024/${slug}.mdx`), article(lang));
  await buildSite(ws);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  site?.stop();
  ws.remove();
});

const page = (lang: 'vi' | 'en') =>
  readFileSync(join(ws.dist, ...(lang === 'vi' ? ['tin-tuc'] : ['en', 'news']), '2024', slug, 'index.html'), 'utf8');

describe('an MDX article', () => {
  it.each(['vi', 'en'] as const)('renders exports, expressions and every article component (%s)', (lang) => {
    const html = page(lang);
    const vi = lang === 'vi';
    expect(html).toContain(`${vi ? 'Số tập thể được khen thưởng' : 'Groups commended'}: 24.`);
    expect(html).toMatch(
      new RegExp(`<div class="callout" role="note"[^>]*><p class="callout-title"[^>]*>${vi ? 'Số liệu' : 'Figures'}</p>`),
    );
    expect(html).toMatch(vi ? /Có <strong>68 tập thể<\/strong>/ : /<strong>68 groups<\/strong>/);
    expect(html).toMatch(/<figure class="article-figure"[^>]*><img[^>]+alt="[^"]+"[^>]*>[\s\S]*?<figcaption[^>]*>/);
    const gallery = /<figure class="gallery"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
    expect(gallery.match(/<img /g)).toHaveLength(2);
    const link = vi
      ? '<a href="/van-ban/tan-tru-long-an-55-nq-hu-2023/">Nghị quyết số 55-NQ/HU</a>'
      : '<a href="/en/documents/tan-tru-long-an-55-nq-hu-2023/">Resolution No. 55-NQ/HU</a>';
    expect(html).toContain(link);
    expect(html).toMatch(
      new RegExp(
        `<p class="callout-title"[^>]*>${vi ? 'Ghi chú' : 'Note'}</p>\\s*${vi ? 'Thành phần được import.' : 'An imported component.'}`,
      ),
    );
  });

  it.each(['vi', 'en'] as const)(
    'passes axe-core at 360 and 1280 px in Chromium (%s)',
    async (lang) => {
      site ??= await serveSite(ws.dist, join(ws.root, 'counter.sqlite'), { COUNTER_RATE_LIMIT: '0' });
      browser ??= await chromium.launch(chromiumLaunchOptions);
      for (const width of [360, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const tab = await context.newPage();
        await tab.goto(`${site.baseUrl}${lang === 'vi' ? '' : '/en'}/${lang === 'vi' ? 'tin-tuc' : 'news'}/2024/${slug}/`);
        await tab.screenshot({ path: join(ws.root, `mdx-${lang}-${width}.png`), fullPage: true });
        if (process.env['BANTIN_SCREENSHOTS'])
          await tab.screenshot({ path: join(process.env['BANTIN_SCREENSHOTS'], `mdx-${lang}-${width}.png`), fullPage: true });
        const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        const images = await tab.locator('.prose img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth));
        expect(images.length).toBe(3);
        expect(images.every((w) => w > 0)).toBe(true);
        await context.close();
      }
    },
    120_000,
  );
});
