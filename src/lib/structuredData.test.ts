import { describe, expect, it } from 'vitest';
import { breadcrumbList, districtPlace, jsonLdScriptContent, newsArticle, webSite, type NewsArticleInput } from './structuredData.ts';
import { structuredDataProblems } from './structuredDataCheck.ts';

const site = 'https://bantin.example.vn';
const district = {
  id: 'tan-tru-long-an',
  name: { vi: 'Tân Trụ', en: 'Tan Tru' },
  province: { vi: 'Long An', en: 'Long An' },
  kind: 'huyện',
};
const document = {
  id: 'tan-tru-long-an-55-nq-hu-2023',
  number: '55-NQ/HU',
  issuer: { vi: 'Ban Chấp hành Đảng bộ huyện Tân Trụ', en: 'Tan Tru District Party Committee' },
  issuedOn: '2023-12-06',
};

const article: NewsArticleInput = {
  lang: 'vi',
  title: 'Tân Trụ phát động phong trào thi đua',
  lede: 'Sáng 1/3, Huyện ủy Tân Trụ phát động phong trào thi đua.',
  path: '/tin-tuc/2024/tan-tru-phat-dong/',
  year: '2024',
  slug: 'tan-tru-phat-dong',
  publishedAt: new Date('2024-03-01T13:32:00+07:00'),
  timeKnown: true,
  updatedAt: undefined,
  updatedTimeKnown: undefined,
  author: 'Thanh Mỹ',
  source: { name: 'Báo Long An', url: 'https://baolongan.vn/x' },
  district,
  documents: [document],
  rank: 0,
};

// JSON-LD is read as JSON: test what a crawler would parse.
const asParsed = (data: unknown): Record<string, unknown> => JSON.parse(jsonLdScriptContent(data)) as Record<string, unknown>;

describe('newsArticle', () => {
  const ld = asParsed(
    newsArticle(article, { site, siteName: 'Bản tin', translation: { lang: 'en', path: '/en/news/2024/tan-tru-phat-dong/' } }),
  );

  it('has every property search engines require', () => {
    expect(structuredDataProblems(ld)).toEqual([]);
  });

  it('dates the article in Vietnam time with its +07:00 offset', () => {
    expect(ld['datePublished']).toBe('2024-03-01T13:32:00+07:00');
    expect(ld['dateModified']).toBe('2024-03-01T13:32:00+07:00');
    const updated = newsArticle({ ...article, updatedAt: new Date('2024-03-02T01:00:00Z') }, { site, siteName: 'Bản tin' });
    expect(updated.dateModified).toBe('2024-03-02T08:00:00+07:00');
  });

  it('dates an article whose source gave no time at the start of its day in Vietnam, with the offset', () => {
    const dateOnly = newsArticle(
      { ...article, publishedAt: new Date('2024-01-25T17:00:00Z'), timeKnown: false },
      { site, siteName: 'Bản tin' },
    );
    expect(dateOnly.datePublished).toBe('2024-01-26T00:00:00+07:00');
    expect(dateOnly.dateModified).toBe('2024-01-26T00:00:00+07:00');
    expect(structuredDataProblems(JSON.parse(jsonLdScriptContent(dateOnly)))).toEqual([]);
  });

  it('names headline, language, author, publisher, and the social card as image', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Tân Trụ phát động phong trào thi đua',
      inLanguage: 'vi',
      url: `${site}/tin-tuc/2024/tan-tru-phat-dong/`,
      author: [{ '@type': 'Person', name: 'Thanh Mỹ', url: `${site}/tim-kiem/?q=Thanh%20M%E1%BB%B9` }],
      publisher: {
        '@type': 'Organization',
        name: 'Bản tin',
        url: `${site}/`,
        logo: { '@type': 'ImageObject', url: `${site}/logo.png`, width: { value: 512 }, height: { value: 512 } },
      },
      image: [{ '@type': 'ImageObject', url: `${site}/og/vi/2024/tan-tru-phat-dong.png` }],
      sourceOrganization: { '@type': 'Organization', name: 'Báo Long An', url: 'https://baolongan.vn/x' },
      workTranslation: { '@id': `${site}/en/news/2024/tan-tru-phat-dong/#article` },
    });
  });

  it('lists the social card with the photo (a JPEG), as og:image, then the cover photo', () => {
    const withCover = asParsed(
      newsArticle(article, { site, siteName: 'Bản tin', cover: { path: '/_astro/lua.jpg', width: 1200, height: 750 } }),
    );
    expect(withCover['image']).toMatchObject([
      { '@type': 'ImageObject', url: `${site}/og/vi/2024/tan-tru-phat-dong.jpg` },
      { '@type': 'ImageObject', url: `${site}/_astro/lua.jpg`, width: { value: 1200 }, height: { value: 750 } },
    ]);
    expect(structuredDataProblems(withCover)).toEqual([]);
  });

  it('points an article older than the newest with cards at its district card, as og:image does', () => {
    const old = newsArticle({ ...article, rank: 1_000_000 }, { site, siteName: 'Bản tin' });
    expect(JSON.parse(jsonLdScriptContent(old))).toMatchObject({
      image: [{ '@type': 'ImageObject', url: `${site}/og/district/vi/tan-tru-long-an.png` }],
    });
  });

  it('is about the district as a Place inside its province', () => {
    expect(ld['about']).toEqual({
      '@type': 'Place',
      name: 'huyện Tân Trụ, Long An',
      containedInPlace: {
        '@type': 'AdministrativeArea',
        name: 'Long An',
        containedInPlace: { '@type': 'Country', name: 'Việt Nam', identifier: 'VN' },
      },
    });
    expect(districtPlace(district, 'en').name).toBe('Tân Trụ district, Long An');
  });

  it('cites each document with its number, issuer and page on this site', () => {
    expect(ld['citation']).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Nghị quyết số 55-NQ/HU',
        identifier: '55-NQ/HU',
        url: `${site}/van-ban/tan-tru-long-an-55-nq-hu-2023/`,
        creator: { '@type': 'GovernmentOrganization', name: 'Ban Chấp hành Đảng bộ huyện Tân Trụ' },
        dateCreated: '2023-12-06',
      },
    ]);
  });

  it('leaves citation out when the article cites nothing', () => {
    expect(newsArticle({ ...article, documents: [] }, { site, siteName: 'Bản tin' })).not.toHaveProperty('citation');
  });

  it('credits a portal byline to an Organization', () => {
    const portal = 'Cổng thông tin điện tử huyện Cồn Cỏ';
    const ldPortal = newsArticle({ ...article, author: portal, source: { name: portal } }, { site, siteName: 'Bản tin' });
    expect(ldPortal.author).toEqual([{ '@type': 'Organization', name: portal, url: `${site}/tim-kiem/?q=${encodeURIComponent(portal)}` }]);
    const linked = newsArticle(
      { ...article, author: portal, source: { name: portal, url: 'https://conco.quangtri.gov.vn/' } },
      { site, siteName: 'Bản tin' },
    );
    expect(linked.author).toEqual([{ '@type': 'Organization', name: portal, url: 'https://conco.quangtri.gov.vn/' }]);
  });

  it('links an English translation to its Vietnamese original', () => {
    const en = newsArticle(
      { ...article, lang: 'en', title: 'Tan Tru launches', path: '/en/news/2024/tan-tru-phat-dong/' },
      { site, siteName: 'Bản tin', translation: { lang: 'vi', path: article.path } },
    );
    expect(en.inLanguage).toBe('en');
    expect(en).toMatchObject({ translationOfWork: { '@id': `${site}/tin-tuc/2024/tan-tru-phat-dong/#article` } });
    expect(structuredDataProblems(asParsed(en))).toEqual([]);
  });
});

describe('breadcrumbList', () => {
  it('numbers crumbs from 1 with absolute URLs', () => {
    const ld = asParsed(
      breadcrumbList(
        [
          { name: 'Trang chủ', path: '/' },
          { name: 'Tân Trụ, Long An', path: '/dia-phuong/tan-tru-long-an/' },
          { name: 'Tân Trụ phát động', path: article.path },
        ],
        site,
      ),
    );
    expect(structuredDataProblems(ld)).toEqual([]);
    expect(ld['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${site}/` },
      { '@type': 'ListItem', position: 2, name: 'Tân Trụ, Long An', item: `${site}/dia-phuong/tan-tru-long-an/` },
      { '@type': 'ListItem', position: 3, name: 'Tân Trụ phát động', item: `${site}${article.path}` },
    ]);
  });
});

describe('webSite', () => {
  it('offers a SearchAction on the search page with ?q={search_term_string}', () => {
    const ld = asParsed(webSite({ lang: 'en', name: 'Bản tin', description: 'An archive', site }));
    expect(structuredDataProblems(ld)).toEqual([]);
    expect(ld).toMatchObject({
      '@type': 'WebSite',
      url: `${site}/en/`,
      inLanguage: 'en',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${site}/en/search/?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    });
  });
});

describe('structuredDataProblems', () => {
  it('reports missing required properties, offset-less dates and broken search templates', () => {
    const ld = asParsed(newsArticle(article, { site, siteName: 'Bản tin' }));
    delete ld['headline'];
    ld['datePublished'] = '2024-03-01T13:32:00';
    ld['dateModified'] = '2024-03-01';
    ld['author'] = [{ '@type': 'Person', name: 'Thanh Mỹ' }];
    delete (ld['publisher'] as Record<string, unknown>)['logo'];
    expect(structuredDataProblems(ld)).toEqual([
      '[0] (NewsArticle): missing headline',
      '[0]: datePublished "2024-03-01T13:32:00" has no time zone offset',
      '[0]: dateModified "2024-03-01" has no time zone offset',
      '[0].author: needs an absolute url',
      '[0].publisher: needs a logo',
    ]);
    const search = asParsed(webSite({ lang: 'vi', name: 'Bản tin', description: 'x', site }));
    (search['potentialAction'] as Record<string, unknown>)['query-input'] = 'required name=q';
    expect(structuredDataProblems(search)).toEqual(['[0].potentialAction: target must contain {q}']);
    expect(structuredDataProblems({ '@type': 'WebSite' })[0]).toBe('[0]: @context must be "https://schema.org"');
  });

  it('finds problems in nested nodes', () => {
    const ld = asParsed(newsArticle(article, { site, siteName: 'Bản tin' }));
    (ld['about'] as Record<string, unknown>)['containedInPlace'] = undefined;
    expect(structuredDataProblems(ld)).toEqual(['[0].about (Place): missing containedInPlace']);
  });
});

describe('jsonLdScriptContent', () => {
  it('cannot close its <script> element early', () => {
    const text = jsonLdScriptContent({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
