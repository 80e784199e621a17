import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { langs, type Lang } from '../../src/i18n/locales.ts';
import { paths } from '../../src/lib/paths.ts';
import { serveSite, type RunningSite } from '../../scripts/lib/serveSite.ts';
import { buildSite, workspace, type Workspace } from '../support/site.ts';
import { baseUrl, connectBrowser, visit, type Visit } from './browser.ts';

/**
 * Search on the built site in real Chromium: a table of queries with the articles each
 * must and must not return, in both languages, then filters, counts, sort, URL state, history,
 * the no-JS fallback, accessibility and network. A second build of the seed content plus a few
 * articles covers what five seed articles cannot show: two bodies' "27/KH-UBND", a second year,
 * and more results than one page.
 */

/** The seed articles, by a short name; an article and its translation share year and slug. */
const seed = {
  tanTruLaunch: '2024/tan-tru-phat-dong-phong-trao-thi-dua-xay-dung-huyen-dat-chuan-nong-thon-moi-nang',
  tanTruFocus: '2024/tan-tru-tap-trung-xay-dung-nong-thon-moi-nang-cao',
  choLach: '2024/cho-lach-dong-thuan-huong-ung-thi-dua-dong-khoi-moi',
  chauThanh: '2024/phat-dong-phong-trao-thi-dua-yeu-nuoc-nam-2024-tren-dia-ban-huyen-chau-thanh',
  conCo: '2024/day-manh-cac-phong-trao-thi-dua-yeu-nuoc-quyet-tam-thuc-hien-thang-loi-cac-muc',
} as const;
type Key = keyof typeof seed;
const all = Object.keys(seed) as Key[];
const keyOf = (href: string): string => {
  const parts = new URL(href).pathname.split('/').filter(Boolean);
  const key = all.find((k) => seed[k] === parts.slice(-2).join('/'));
  return key ?? parts.slice(-2).join('/');
};

interface Row {
  query: string;
  /** Articles that must be among the best matches. */
  must: Key[];
  /** Articles that must not be among the best matches (other results, if any, are listed apart). */
  mustNot: Key[];
  /** The best matches must begin with these, in this order. */
  first?: Key[];
  /** The other results must begin with these, in this order. */
  othersFirst?: Key[];
  /** Document pages offered first: "label – issuer". */
  offers?: string[];
}

const others = (...keys: Key[]) => all.filter((k) => !keys.includes(k));
const tanTru55 = {
  vi: 'Nghị quyết số 55-NQ/HU – Ban Chấp hành Đảng bộ huyện Tân Trụ',
  en: 'Resolution No. 55-NQ/HU – Tan Tru District Party Executive Committee',
};
const chauThanh27 = {
  vi: 'Kế hoạch số 27/KH-UBND – Ủy ban nhân dân huyện Châu Thành',
  en: "Plan No. 27/KH-UBND – Chau Thanh District People's Committee",
};
const conCo09 = {
  vi: 'Nghị quyết số 09/NQ-HĐND – Hội đồng nhân dân huyện Cồn Cỏ',
  en: "Resolution No. 09/NQ-HĐND – Con Co District People's Council",
};

/** Document numbers, typed the ways people type them; the same answers in both languages. */
const documentRows = (lang: Lang): Row[] => [
  ...['55-NQ/HU', '55-nq/hu', '55 NQ/HU', '55 nq hu', 'NQ-HU 55', 'Nghị quyết 55-NQ/HU'].map((query) => ({
    query,
    must: ['tanTruLaunch', 'tanTruFocus'] as Key[],
    mustNot: others('tanTruLaunch', 'tanTruFocus'),
    offers: [tanTru55[lang]],
  })),
  ...['27/KH-UBND', 'KH-UBND 27', '27/kh-ubnd'].map((query) => ({
    query,
    must: ['chauThanh'] as Key[],
    mustNot: others('chauThanh'),
    offers: [chauThanh27[lang]],
  })),
  ...['09/NQ-HĐND', '9/nq-hdnd'].map((query) => ({ query, must: ['conCo'] as Key[], mustNot: others('conCo'), offers: [conCo09[lang]] })),
];

const table: Record<Lang, Row[]> = {
  vi: [
    // Without tone marks (and "d" for "đ") the articles written with them are found.
    { query: 'nong thon moi nang cao', must: ['tanTruLaunch', 'tanTruFocus'], mustNot: ['conCo'], first: ['tanTruFocus', 'tanTruLaunch'] },
    { query: 'nông thôn mới nâng cao', must: ['tanTruLaunch', 'tanTruFocus'], mustNot: ['conCo'], first: ['tanTruFocus', 'tanTruLaunch'] },
    { query: 'dong khoi', must: ['choLach'], mustNot: ['tanTruLaunch', 'tanTruFocus', 'conCo'], first: ['choLach'] },
    { query: 'Đồng khởi', must: ['choLach'], mustNot: ['tanTruLaunch', 'tanTruFocus', 'conCo'], first: ['choLach'] },
    { query: 'tan tru', must: ['tanTruLaunch', 'tanTruFocus'], mustNot: others('tanTruLaunch', 'tanTruFocus') },
    { query: 'Tân Trụ', must: ['tanTruLaunch', 'tanTruFocus'], mustNot: others('tanTruLaunch', 'tanTruFocus') },
    { query: 'chau thanh', must: ['chauThanh'], mustNot: ['tanTruLaunch', 'choLach', 'conCo'], first: ['chauThanh'] },
    { query: 'cho lach', must: ['choLach'], mustNot: others('choLach') },
    // Unmarked "con co" is also "còn có" (still has): marks make it one place.
    { query: 'con co', must: ['conCo'], mustNot: [] },
    { query: 'Cồn Cỏ', must: ['conCo'], mustNot: ['tanTruLaunch', 'choLach', 'chauThanh'], first: ['conCo'] },
    // Exact tone marks rank first, before a newer article matching only with marks folded.
    { query: 'khơi', must: ['chauThanh', 'choLach'], mustNot: ['tanTruLaunch', 'tanTruFocus', 'conCo'], first: ['chauThanh', 'choLach'] },
    { query: 'khởi', must: ['chauThanh', 'choLach'], mustNot: ['tanTruLaunch', 'tanTruFocus', 'conCo'], first: ['choLach', 'chauThanh'] },
    { query: 'Thanh Mỹ', must: ['tanTruLaunch'], mustNot: ['chauThanh', 'choLach', 'conCo'] },
    // Words apart in two headlines and together nowhere: those headlines lead the other results,
    // before a newer article with the words in its text only.
    { query: 'Tân Trụ năm 2024', must: [], mustNot: all, othersFirst: ['tanTruFocus', 'tanTruLaunch', 'choLach'] },
    ...documentRows('vi'),
  ],
  en: [
    { query: 'advanced new rural', must: ['tanTruLaunch', 'tanTruFocus'], mustNot: ['conCo'] },
    { query: 'emulation', must: ['tanTruLaunch', 'choLach', 'chauThanh', 'conCo'], mustNot: [] },
    { query: 'dong khoi', must: ['choLach'], mustNot: others('choLach') },
    { query: 'Đồng Khởi', must: ['choLach'], mustNot: others('choLach') },
    { query: 'tan tru', must: ['tanTruLaunch', 'tanTruFocus'], mustNot: others('tanTruLaunch', 'tanTruFocus') },
    { query: 'chau thanh', must: ['chauThanh'], mustNot: ['tanTruLaunch', 'choLach', 'conCo'], first: ['chauThanh'] },
    { query: 'Con Co', must: ['conCo'], mustNot: others('conCo') },
    { query: 'patriotic', must: ['chauThanh', 'conCo'], mustNot: ['tanTruLaunch', 'tanTruFocus'] },
    { query: 'Tan Tru 2024', must: [], mustNot: all, othersFirst: ['tanTruFocus', 'tanTruLaunch'] },
    ...documentRows('en'),
  ],
};

const ui = {
  vi: {
    label: 'Từ khóa hoặc số văn bản',
    district: 'Địa phương',
    document: 'Văn bản',
    year: 'Năm',
    topic: 'Chủ đề',
    sort: 'Sắp xếp',
    clear: 'Xóa bộ lọc',
    form: 'Tìm bài viết',
  },
  en: {
    label: 'Words or document number',
    district: 'District',
    document: 'Document',
    year: 'Year',
    topic: 'Topic',
    sort: 'Sort by',
    clear: 'Clear filters',
    form: 'Search articles',
  },
} as const;

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the search element has answered the state in the URL. */
async function answered(page: Page): Promise<void> {
  await page.waitForSelector('bantin-search[data-state="done"]');
}

async function openSearch(lang: Lang, query = '', options: { base?: string } = {}): Promise<Visit> {
  const v = await visit(browser, new URL(`${paths.search(lang)}${query}`, options.base ?? baseUrl()).href);
  await answered(v.page);
  return v;
}

interface Shown {
  status: string;
  matches: string[];
  others: string[];
  offers: string[];
  offerLinks: string[];
}

async function shown(page: Page): Promise<Shown> {
  const links = (selector: string) => page.$$eval(selector, (as) => as.map((a) => (a as HTMLAnchorElement).href));
  return {
    status: (await page.textContent('[data-status]')) ?? '',
    matches: (await links('[data-results] h3 a')).map(keyOf),
    others: (await links('[data-other-results] h3 a')).map(keyOf),
    offers: (await page.isHidden('[data-documents]'))
      ? []
      : await page.$$eval('[data-document-list] li', (lis) => lis.map((li) => li.textContent ?? '')),
    offerLinks: (await page.isHidden('[data-documents]'))
      ? []
      : (await links('[data-document-list] a')).map((href) => new URL(href).pathname),
  };
}

/** Types into the box like a reader and waits for the answer to what was typed. */
async function typeQuery(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox').pressSequentially(text, { delay: 25 });
  await page.waitForFunction(
    (q) =>
      new URLSearchParams(location.search).get('q') === q &&
      document.querySelector<HTMLElement>('bantin-search')?.dataset['state'] === 'done',
    text,
  );
}

async function choose(page: Page, label: string, value: string): Promise<void> {
  const before = await page.evaluate(() => location.search);
  await page.getByLabel(label, { exact: true }).selectOption(value);
  await page.waitForFunction((b) => location.search !== b, before);
  await answered(page);
}

/** The options of a filter as [value, label, count]. */
async function options(page: Page, label: string): Promise<[string, string, number][]> {
  const list = await page
    .getByLabel(label, { exact: true })
    .evaluate((select) =>
      [...(select as HTMLSelectElement).options].filter((o) => o.value !== '').map((o) => [o.value, o.textContent ?? ''] as const),
    );
  return list.map(([value, text]) => {
    const m = /^(.*) \((\d+)\)$/.exec(text);
    if (!m) throw new Error(`option "${text}" has no count`);
    return [value, m[1]!, Number(m[2])];
  });
}

describe.each(['vi', 'en'] as const)('search in %s: the query table', (lang) => {
  it.each(table[lang])('"$query" finds what it must and nothing it must not', async (row) => {
    const { page, context } = await openSearch(lang, `?q=${encodeURIComponent(row.query)}`);
    try {
      const result = await shown(page);
      expect(await page.getByRole('searchbox').inputValue()).toBe(row.query);
      for (const key of row.must) expect(result.matches, `${key} must be found`).toContain(key);
      for (const key of row.mustNot) expect(result.matches, `${key} must not be a match`).not.toContain(key);
      if (row.first) expect(result.matches.slice(0, row.first.length)).toEqual(row.first);
      if (row.othersFirst) expect(result.others.slice(0, row.othersFirst.length)).toEqual(row.othersFirst);
      expect(result.offers).toEqual(row.offers ?? []);
    } finally {
      await context.close();
    }
  });
});

describe.each(['vi', 'en'] as const)('search in %s', (lang) => {
  it('answers as the reader types, with one history entry for the typing and the count in a live region', async () => {
    const { page, context } = await openSearch(lang);
    try {
      const historyBefore = await page.evaluate(() => history.length);
      await typeQuery(page, 'tan tru');
      const result = await shown(page);
      expect(result.matches.sort()).toEqual(['tanTruFocus', 'tanTruLaunch']);
      const status = page.getByRole('status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      // All results are counted: the two best matches and, in Vietnamese, three others ("tăng", "trung"…).
      expect(await status.textContent()).toBe(lang === 'vi' ? '5 kết quả' : '2 results');
      expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
    } finally {
      await context.close();
    }
  });

  it('loads nothing from Pagefind as the page opens: the headline bundle on focus in the box, the full one with the first search', async () => {
    // Each language has its own bundles: the page never asks for the other language's.
    const pagefind = (requests: string[], bundle: 'pagefind' | 'pagefind-head') =>
      requests.filter((url) => url.includes(`/${bundle}/${lang}/`));
    const otherLanguage = (requests: string[]) =>
      requests.filter((url) => /\/pagefind(?:-head)?\//.test(url) && !url.includes(`/${lang}/`));
    const { page, context, requests } = await openSearch(lang);
    try {
      await page.waitForLoadState('networkidle');
      expect([...pagefind(requests, 'pagefind-head'), ...pagefind(requests, 'pagefind')]).toEqual([]);
      await page.getByRole('searchbox').focus();
      await page.waitForSelector('bantin-search[data-loaded="head"]');
      expect(pagefind(requests, 'pagefind-head').length).toBeGreaterThan(0);
      expect(pagefind(requests, 'pagefind')).toEqual([]);
      await typeQuery(page, 'tan tru');
      await page.waitForSelector('bantin-search[data-loaded="head full"]');
      expect(pagefind(requests, 'pagefind').length).toBeGreaterThan(0);
      expect(otherLanguage(requests)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fills the filters with their counts when the reader reaches them on an empty search', async () => {
    const { page, context, requests } = await openSearch(lang);
    try {
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => url.includes('/pagefind'))).toEqual([]);
      await page.getByLabel(ui[lang].district, { exact: true }).focus();
      await page.waitForFunction(() => (document.querySelector<HTMLSelectElement>('#search-district')?.options.length ?? 0) > 1);
      expect((await options(page, ui[lang].district)).map(([value, , count]) => [value, count])).toContainEqual(['tan-tru-long-an', 2]);
      expect(await page.getByRole('searchbox').inputValue()).toBe('');
    } finally {
      await context.close();
    }
  });

  it('shows headline matches with the words apart before the full index answers, and keeps them first among the other results', async () => {
    const query = lang === 'vi' ? 'Tân Trụ năm 2024' : 'Tan Tru 2024';
    const { page, context } = await openSearch(lang);
    // The full-text bundle is held back until the headline bundle's answer is on screen.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/pagefind\//, async (route) => {
      await gate;
      await route.continue();
    });
    try {
      await page.getByRole('searchbox').fill(query);
      await page.waitForSelector('[data-other-results] li');
      const early = await shown(page);
      expect(early.matches).toEqual([]);
      expect(early.others).toEqual(['tanTruFocus', 'tanTruLaunch']);
      expect(await page.getByRole('heading', { name: lang === 'vi' ? 'Kết quả khác' : 'Other results' }).isVisible()).toBe(true);
      expect(await page.getAttribute('bantin-search', 'data-loaded')).toBe('head');
      release();
      await page.waitForSelector('bantin-search[data-state="done"][data-loaded="head full"]');
      const complete = await shown(page);
      expect(complete.others.slice(0, early.others.length)).toEqual(early.others);
      expect(complete.matches).toEqual([]);
      expect(complete.status).toBe(lang === 'vi' ? '5 kết quả' : '2 results');
    } finally {
      await context.close();
    }
  });

  it('shows title, date, district, document numbers and an excerpt with the matched words highlighted', async () => {
    const { page, context } = await openSearch(lang, `?q=${encodeURIComponent('dong khoi')}`);
    try {
      const first = page.locator('[data-results] li').first();
      const title = (await first.locator('h3 a').textContent()) ?? '';
      expect(title).toContain(lang === 'vi' ? 'Chợ Lách đồng thuận' : 'Chợ Lách rallies');
      const meta = (await first.locator('.meta').textContent()) ?? '';
      expect(meta).toContain(lang === 'vi' ? '04/03/2024 - 06:39' : '4 March 2024, 06:39 ICT');
      expect(meta).toContain('Chợ Lách, Bến Tre');
      expect(meta).toContain('01-CT/TU');
      expect(meta).toContain('08-NQ/HU');
      // "Đồng" is highlighted for "dong": the same folding as the search.
      const marks = await first.locator('mark').allTextContents();
      expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['đồng', 'khởi']));
      expect(await first.locator('.excerpt mark').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('lists the best matches first and the other results apart, under a heading', async () => {
    const query = lang === 'vi' ? 'tan tru' : 'Con Co';
    const { page, context } = await openSearch(lang, `?q=${encodeURIComponent(query)}`);
    try {
      const result = await shown(page);
      if (lang === 'vi') {
        expect(result.matches.sort()).toEqual(['tanTruFocus', 'tanTruLaunch']);
        expect(result.others.sort()).toEqual(['chauThanh', 'choLach', 'conCo']);
      } else {
        // "Con Co", the place, then articles where "con" and "co" are apart or begin other words.
        expect(result.matches).toEqual(['conCo']);
        expect(result.others.sort()).toEqual(['chauThanh', 'choLach', 'tanTruFocus', 'tanTruLaunch']);
      }
      expect(await page.getByRole('heading', { name: lang === 'vi' ? 'Kết quả khác' : 'Other results' }).isVisible()).toBe(true);
      expect(result.status).toBe(lang === 'vi' ? '5 kết quả' : '5 results');
    } finally {
      await context.close();
    }
  });

  it('offers the document page first for a document number, linking to it with the issuer shown', async () => {
    const { page, context } = await openSearch(lang, `?q=${encodeURIComponent('KH-UBND 27')}`);
    try {
      const result = await shown(page);
      expect(result.offers).toEqual([chauThanh27[lang]]);
      expect(result.offerLinks).toEqual([paths.document(lang, 'chau-thanh-soc-trang-27-kh-ubnd-2024')]);
      // The offer comes before the results in the page.
      const offerFirst = await page.evaluate(() => {
        const offer = document.querySelector('[data-documents]')!;
        const results = document.querySelector('[data-results]')!;
        return Boolean(offer.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(offerFirst).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('counts per filter value match the results of choosing it (district with its province, topic)', async () => {
    const query = lang === 'vi' ? 'thi đua' : 'emulation';
    const { page, context } = await openSearch(lang, `?q=${encodeURIComponent(query)}`);
    try {
      const districts = await options(page, ui[lang].district);
      expect(districts.map(([, label]) => label)).toContain('Châu Thành, Sóc Trăng');
      for (const [filter, list] of [
        ['district', districts],
        ['topic', await options(page, ui[lang].topic)],
      ] as const) {
        for (const [value, , count] of list) {
          await choose(page, ui[lang][filter], value);
          const result = await shown(page);
          expect(result.matches.length + result.others.length, `${filter}=${value}`).toBe(count);
          await choose(page, ui[lang][filter], '');
        }
      }
    } finally {
      await context.close();
    }
  });

  it('combines filters, with or without words', async () => {
    const cases: [string, Key[]][] = [
      ['?district=tan-tru-long-an&topic=thi-dua', ['tanTruLaunch']],
      ['?district=tan-tru-long-an', ['tanTruFocus', 'tanTruLaunch']],
      ['?document=tan-tru-long-an-55-nq-hu-2023&year=2024', ['tanTruFocus', 'tanTruLaunch']],
      [`?q=${lang === 'vi' ? 'thi+dua' : 'emulation'}&district=tan-tru-long-an&topic=thi-dua`, ['tanTruLaunch']],
      ['?topic=cai-cach-hanh-chinh&year=2024', ['conCo']],
      ['?district=cho-lach-ben-tre&topic=nong-thon-moi', []],
    ];
    for (const [query, expected] of cases) {
      const { page, context } = await openSearch(lang, query);
      try {
        const result = await shown(page);
        expect([...result.matches, ...result.others], query).toEqual(expected);
      } finally {
        await context.close();
      }
    }
  });

  it('sorts newest first by default, oldest first, or by relevance', async () => {
    const newest: Key[] = ['tanTruFocus', 'choLach', 'tanTruLaunch', 'chauThanh', 'conCo'];
    for (const [query, expected] of [
      ['?year=2024', newest],
      ['?year=2024&sort=oldest', [...newest].reverse()],
    ] as const) {
      const { page, context } = await openSearch(lang, query);
      try {
        expect((await shown(page)).matches, query).toEqual(expected);
      } finally {
        await context.close();
      }
    }
    // One unmarked word every article has whole: one match group, so the sorts alone decide.
    const q = lang === 'vi' ? 'huyen' : 'emulation';
    const orders: string[][] = [];
    for (const sort of ['newest', 'oldest', 'relevance']) {
      const { page, context } = await openSearch(lang, `?q=${q}&sort=${sort}`);
      try {
        expect(await page.getByLabel(ui[lang].sort, { exact: true }).inputValue()).toBe(sort);
        orders.push((await shown(page)).matches);
      } finally {
        await context.close();
      }
    }
    const [byNewest, byOldest, byRelevance] = orders as [string[], string[], string[]];
    expect(byNewest.length).toBeGreaterThan(2);
    expect(byOldest).toEqual([...byNewest].reverse());
    expect([...byRelevance].sort()).toEqual([...byNewest].sort());
  });

  it('clears the filters and the sort, keeping the words', async () => {
    const q = lang === 'vi' ? 'thi+dua' : 'emulation';
    const { page, context } = await openSearch(lang, `?q=${q}&district=tan-tru-long-an&topic=thi-dua&sort=oldest`);
    try {
      await page.getByRole('button', { name: ui[lang].clear }).click();
      await page.waitForFunction((expected) => location.search === expected, `?q=${q}`);
      await answered(page);
      for (const field of ['district', 'document', 'year', 'topic'] as const)
        expect(await page.getByLabel(ui[lang][field], { exact: true }).inputValue()).toBe('');
      expect(await page.getByLabel(ui[lang].sort, { exact: true }).inputValue()).toBe('newest');
      expect((await shown(page)).matches.length).toBeGreaterThan(1);
    } finally {
      await context.close();
    }
  });

  it('keeps query, filters and sort in the URL, and a copied URL restores them', async () => {
    const { page, context } = await openSearch(lang);
    let url: string;
    let before: Shown;
    try {
      await typeQuery(page, lang === 'vi' ? 'thi đua' : 'emulation');
      await choose(page, ui[lang].district, 'tan-tru-long-an');
      await choose(page, ui[lang].sort, 'oldest');
      url = page.url();
      expect(new URL(url).search).toBe(
        lang === 'vi' ? '?q=thi+%C4%91ua&district=tan-tru-long-an&sort=oldest' : '?q=emulation&district=tan-tru-long-an&sort=oldest',
      );
      before = await shown(page);
    } finally {
      await context.close();
    }
    const again = await visit(browser, url);
    try {
      await answered(again.page);
      expect(await again.page.getByRole('searchbox').inputValue()).toBe(lang === 'vi' ? 'thi đua' : 'emulation');
      expect(await again.page.getByLabel(ui[lang].district, { exact: true }).inputValue()).toBe('tan-tru-long-an');
      expect(await again.page.getByLabel(ui[lang].sort, { exact: true }).inputValue()).toBe('oldest');
      expect(await shown(again.page)).toEqual(before);
    } finally {
      await again.context.close();
    }
  });

  it('restores the previous search with the back button, and the next with forward', async () => {
    const { page, context } = await openSearch(lang);
    try {
      await typeQuery(page, 'tan tru');
      const typed = await shown(page);
      await choose(page, ui[lang].topic, 'thi-dua');
      expect((await shown(page)).matches).toEqual(['tanTruLaunch']);

      await page.goBack();
      await page.waitForFunction(() => location.search === '?q=tan+tru');
      await answered(page);
      expect(await page.getByLabel(ui[lang].topic, { exact: true }).inputValue()).toBe('');
      expect(await shown(page)).toEqual(typed);

      await page.goBack();
      await page.waitForFunction(() => location.search === '');
      await answered(page);
      expect(await page.getByRole('searchbox').inputValue()).toBe('');
      expect((await shown(page)).matches).toEqual([]);

      await page.goForward();
      await page.waitForFunction(() => location.search === '?q=tan+tru');
      await answered(page);
      expect(await page.getByRole('searchbox').inputValue()).toBe('tan tru');
      expect(await shown(page)).toEqual(typed);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript says search needs it and links to district, document and year pages', async () => {
    const { page, context } = await visit(browser, paths.search(lang), { javaScript: false });
    try {
      // (Playwright's text locators skip <noscript>; the fallback's own element is checked instead.)
      const fallback = page.locator('.fallback');
      expect(await fallback.isVisible()).toBe(true);
      expect(await fallback.textContent()).toContain(lang === 'vi' ? 'Chức năng tìm kiếm cần JavaScript' : 'Search needs JavaScript');
      expect(await page.getByRole('searchbox').count()).toBe(0);
      const hrefs = await page.$$eval('noscript a, .fallback a', (as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(
        expect.arrayContaining([
          paths.district(lang, 'tan-tru-long-an'),
          paths.district(lang, 'chau-thanh-soc-trang'),
          paths.archive(lang, '2024'),
          paths.document(lang, 'ben-tre-01-ct-tu-2020'),
          paths.document(lang, 'bo-chinh-tri-05-ct-tw-2016'),
        ]),
      );
      expect(await page.getByRole('link', { name: 'Tân Trụ, Long An' }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it.each(['', '?q=tan+tru', `?q=${encodeURIComponent('55-NQ/HU')}&district=tan-tru-long-an`])(
    'has labelled fields, visible focus and no axe violation (%s), loading only from this site',
    async (query) => {
      const { page, context, requests } = await openSearch(lang, query);
      try {
        expect(await page.getByRole('search', { name: ui[lang].form }).count()).toBe(1);
        for (const field of ['label', 'district', 'document', 'year', 'topic', 'sort'] as const) {
          expect(await page.getByLabel(ui[lang][field], { exact: true }).count(), field).toBe(1);
        }
        await page.getByRole('searchbox').focus();
        const outline = await page
          .getByRole('searchbox')
          .evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
        expect(outline).toMatch(/^solid [1-9]/);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(requests.filter((url) => !url.startsWith(baseUrl()) && !url.startsWith('data:'))).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('on a 390 px phone shows the first results on the first screen, the filters folded behind a summary that opens from the keyboard', async () => {
    // A phone held upright: 390 × 844 CSS pixels; the first result's title must end above the fold.
    const fold = 844;
    const { page, context } = await visit(browser, `${paths.search(lang)}?q=tan+tru&district=tan-tru-long-an`, { width: 390 });
    try {
      await answered(page);
      const title = await page.locator('[data-results] li h3').first().boundingBox();
      expect(title).not.toBeNull();
      expect(title!.y + title!.height).toBeLessThan(fold);
      const district = page.getByLabel(ui[lang].district, { exact: true });
      expect(await district.isVisible()).toBe(false);
      const summary = page.locator('[data-filters] summary');
      expect(await summary.textContent()).toContain(lang === 'vi' ? '(1 đang chọn)' : '(1 selected)');
      await summary.focus();
      await page.keyboard.press('Enter');
      expect(await district.isVisible()).toBe(true);
      expect(await district.inputValue()).toBe('tan-tru-long-an');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it(`searches the ${lang} index, with the page's language in the UI`, async () => {
    const { page, context, requests } = await openSearch(lang, '?q=tan+tru');
    try {
      const metaFiles = requests
        .filter((url) => /\/pagefind\/\w+\/pagefind\.\w+_[0-9a-f]+\.pf_meta$/.test(url))
        .map((url) => url.replace(/^.*\/pagefind\.(\w+)_.*$/, '$1'));
      expect(metaFiles).toEqual([lang]);
      const title = (await page.locator('[data-results] h3 a').first().textContent()) ?? '';
      expect(title).toMatch(lang === 'vi' ? /^Tân Trụ (tập trung|phát động)/ : /^Tân Trụ (focuses|launches)/);
      expect(await page.getByRole('button', { name: ui[lang].clear }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('Pagefind on the built site', () => {
  it('is built by npm run build into the output, not into the source tree', async () => {
    for (const lang of langs) {
      for (const bundle of ['pagefind', 'pagefind-head']) {
        expect((await fetch(new URL(`/${bundle}/${lang}/pagefind.js`, baseUrl()))).status).toBe(200);
        // One language per bundle: the search page of a language loads that language's index only.
        const entry = (await (await fetch(new URL(`/${bundle}/${lang}/pagefind-entry.json`, baseUrl()))).json()) as { languages: object };
        expect(Object.keys(entry.languages), `${bundle}/${lang}`).toEqual([lang]);
      }
    }
    expect(existsSync('public/pagefind')).toBe(false);
    expect(existsSync('src/pagefind')).toBe(false);
  });

  it('is loaded on the search page only', async () => {
    for (const path of [
      paths.home('vi'),
      paths.article('en', ...(seed.tanTruLaunch.split('/') as [string, string])),
      paths.district('vi', 'tan-tru-long-an'),
    ]) {
      const { context, requests } = await visit(browser, path);
      try {
        expect(
          requests.filter((url) => url.includes('/pagefind/')),
          path,
        ).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('indexes article bodies only: no district, document, year or list page is a result', async () => {
    const { page, context } = await openSearch('vi', '?q=tan+tru');
    try {
      const hrefs = await page.$$eval('[data-results] a, [data-other-results] a', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      for (const href of hrefs) expect(href).toMatch(/^\/tin-tuc\/\d{4}\/[a-z0-9-]+\/$/);
    } finally {
      await context.close();
    }
  });
});

// ------------------------------------------------------------------------------------------------
// A second build (tests/support/site.ts): the seed plus a Tân Trụ "27/KH-UBND" of 2023 (Châu Thành
// has one of 2024) and a dozen 2023 articles, so that a number shared by two bodies, a second year
// and paging show.

const extraCount = 12;
const extraSlug = (i: number) => `chuyen-doi-so-tan-tru-dot-${i}`;

function writeExtraContent(content: string): void {
  appendFileSync(
    join(content, 'documents.yaml'),
    [
      '',
      '- id: tan-tru-long-an-27-kh-ubnd-2023',
      '  number: "27/KH-UBND"',
      '  issuer: { vi: "Ủy ban nhân dân huyện Tân Trụ", en: "Tan Tru District People\'s Committee" }',
      '  issuedOn: "2023-03-01"',
      '  district: tan-tru-long-an',
      '',
    ].join('\n'),
  );
  for (const lang of ['vi', 'en'] as const) {
    const dir = join(content, 'articles', lang, '2023');
    mkdirSync(dir, { recursive: true });
    for (let i = 1; i <= extraCount; i++) {
      const cites = i === 1;
      const title = lang === 'vi' ? `Tân Trụ đẩy mạnh chuyển đổi số, đợt ${i}` : `Tan Tru steps up digital transformation, round ${i}`;
      const body =
        lang === 'vi'
          ? `Huyện tiếp tục chuyển đổi số trong cải cách hành chính.${cites ? ' Thực hiện Kế hoạch số 27/KH-UBND của Ủy ban nhân dân huyện.' : ''}`
          : `The district continues its digital transformation in administrative reform.${cites ? " It carries out Plan No. 27/KH-UBND of the District People's Committee." : ''}`;
      writeFileSync(
        join(dir, `${extraSlug(i)}.md`),
        [
          '---',
          `title: "${title}"`,
          `lede: "${title}."`,
          `publishedAt: "2023-${String(i).padStart(2, '0')}-10T08:00:00+07:00"`,
          'district: tan-tru-long-an',
          `documents: [${cites ? 'tan-tru-long-an-27-kh-ubnd-2023' : ''}]`,
          'author: "Ban biên tập"',
          'topics: [cai-cach-hanh-chinh]',
          '---',
          '',
          body,
          '',
        ].join('\n'),
      );
    }
  }
}

describe('search over a second archive (two bodies’ 27/KH-UBND, two years, many results)', () => {
  let ws: Workspace;
  let site: RunningSite | undefined;
  let base: string;

  beforeAll(async () => {
    ws = workspace('search');
    writeExtraContent(ws.content);
    await buildSite(ws);
    expect(readFileSync(join(ws.dist, 'pagefind', 'vi', 'pagefind-entry.json'), 'utf8')).toContain('"vi"');
    site = await serveSite(ws.dist, join(ws.root, 'counter.sqlite'));
    base = site.baseUrl;
  });

  afterAll(async () => {
    // Let the server finish (it closes its SQLite file) before its folder is removed.
    if (site && site.process.exitCode === null) {
      const exited = new Promise((resolve) => site!.process.once('exit', resolve));
      site.stop();
      await exited;
    }
    ws?.remove();
  });

  it.each(['vi', 'en'] as const)(
    'offers both bodies’ 27/KH-UBND with their issuers and finds the articles citing each (%s)',
    async (lang) => {
      const { page, context } = await openSearch(lang, `?q=${encodeURIComponent('27/KH-UBND')}`, { base });
      try {
        const result = await shown(page);
        expect(result.offers).toEqual(
          lang === 'vi'
            ? ['Kế hoạch số 27/KH-UBND – Ủy ban nhân dân huyện Châu Thành', 'Kế hoạch số 27/KH-UBND – Ủy ban nhân dân huyện Tân Trụ']
            : ["Plan No. 27/KH-UBND – Chau Thanh District People's Committee", "Plan No. 27/KH-UBND – Tan Tru District People's Committee"],
        );
        expect(result.offerLinks).toEqual([
          paths.document(lang, 'chau-thanh-soc-trang-27-kh-ubnd-2024'),
          paths.document(lang, 'tan-tru-long-an-27-kh-ubnd-2023'),
        ]);
        expect(result.matches).toEqual(['chauThanh', `2023/${extraSlug(1)}`]);

        const documents = await options(page, ui[lang].document);
        expect(documents.map(([value, label, count]) => [value, label, count])).toEqual(
          expect.arrayContaining([
            [
              'chau-thanh-soc-trang-27-kh-ubnd-2024',
              lang === 'vi' ? '27/KH-UBND – Ủy ban nhân dân huyện Châu Thành' : "27/KH-UBND – Chau Thanh District People's Committee",
              1,
            ],
            [
              'tan-tru-long-an-27-kh-ubnd-2023',
              lang === 'vi' ? '27/KH-UBND – Ủy ban nhân dân huyện Tân Trụ' : "27/KH-UBND – Tan Tru District People's Committee",
              1,
            ],
          ]),
        );
        await choose(page, ui[lang].document, 'tan-tru-long-an-27-kh-ubnd-2023');
        expect((await shown(page)).matches).toEqual([`2023/${extraSlug(1)}`]);
      } finally {
        await context.close();
      }
    },
  );

  it.each(['vi', 'en'] as const)('narrows by year, with a count per year (%s)', async (lang) => {
    const { page, context } = await openSearch(lang, '?district=tan-tru-long-an', { base });
    try {
      expect(await options(page, ui[lang].year)).toEqual([
        ['2024', '2024', 2],
        ['2023', '2023', extraCount],
      ]);
      await choose(page, ui[lang].year, '2024');
      expect((await shown(page)).matches).toEqual(['tanTruFocus', 'tanTruLaunch']);
      await choose(page, ui[lang].year, '2023');
      expect((await shown(page)).matches).toHaveLength(10);
    } finally {
      await context.close();
    }
  });

  it.each(['vi', 'en'] as const)('shows ten results, then more on request, moving focus to the first new one (%s)', async (lang) => {
    const query = lang === 'vi' ? 'chuyen doi so' : 'digital transformation';
    // The seed's 2024 articles mention digital transformation too; the year keeps to the twelve.
    const { page, context } = await openSearch(lang, `?q=${encodeURIComponent(query)}&year=2023`, { base });
    try {
      expect((await shown(page)).matches).toHaveLength(10);
      expect(await page.textContent('[data-status]')).toBe(lang === 'vi' ? `${extraCount} kết quả` : `${extraCount} results`);
      await page.getByRole('button', { name: lang === 'vi' ? 'Xem thêm kết quả' : 'Show more results' }).click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-results] li').length === n, extraCount);
      const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
      const links = await page.$$eval('[data-results] h3 a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(focused).toBe(links[10]);
      expect(await page.isHidden('[data-more]')).toBe(true);
      // Newest first: round 12 (December 2023) down to round 1 (January).
      expect(links.map(keyOf)).toEqual(Array.from({ length: extraCount }, (_, i) => `2023/${extraSlug(extraCount - i)}`));
    } finally {
      await context.close();
    }
  });
  it.each(['vi', 'en'] as const)(
    'lists headline matches first: the twelve with the words in their title come before newer articles with them in the text only (%s)',
    async (lang) => {
      const query = lang === 'vi' ? 'chuyen doi so' : 'digital transformation';
      const { page, context } = await openSearch(lang, `?q=${encodeURIComponent(query)}`, { base });
      try {
        const rounds = Array.from({ length: extraCount }, (_, i) => `2023/${extraSlug(extraCount - i)}`);
        expect((await shown(page)).matches).toEqual(rounds.slice(0, 10));
        await page.getByRole('button', { name: lang === 'vi' ? 'Xem thêm kết quả' : 'Show more results' }).click();
        await page.waitForFunction((n) => document.querySelectorAll('[data-results] li').length === n, extraCount + 2);
        // Then the 2024 seed articles that have the phrase in their text, newest first, each once.
        expect((await shown(page)).matches).toEqual([...rounds, 'choLach', 'chauThanh']);
      } finally {
        await context.close();
      }
    },
  );
});
