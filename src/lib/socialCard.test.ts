import { describe, expect, it } from 'vitest';
import {
  articleCardInput,
  articleSocialImage,
  districtCardInput,
  districtSocialImage,
  cardCacheKey,
  cardPhotos,
  cardTree,
  siteCardInput,
  SOCIAL_CARD_HEIGHT,
  SOCIAL_CARD_WIDTH,
  titleStyle,
  type CardNode,
} from './socialCard.ts';

const district = {
  id: 'tan-tru-long-an',
  name: { vi: 'Tân Trụ', en: 'Tan Tru' },
  province: { vi: 'Long An', en: 'Long An' },
  kind: 'huyện',
};
const article = {
  lang: 'vi' as const,
  title: 'Tân Trụ phát động phong trào thi đua',
  publishedAt: new Date('2024-03-01T13:32:00+07:00'),
  timeKnown: true,
  district,
};

/** Every text string in a tree, in document order. */
function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

describe('articleCardInput', () => {
  it('puts the district with its province above the title and the Vietnam time below', () => {
    expect(articleCardInput(article, 'Bản tin')).toEqual({
      lang: 'vi',
      title: 'Tân Trụ phát động phong trào thi đua',
      kicker: 'Tân Trụ, Long An',
      footer: '01/03/2024 - 13:32',
      siteName: 'Bản tin',
    });
  });

  it('speaks English on English articles', () => {
    const input = articleCardInput({ ...article, lang: 'en', title: 'Tân Trụ launches' }, 'Bản tin');
    expect(input.kicker).toBe('Tân Trụ, Long An');
    expect(input.footer).toBe('1 March 2024, 13:32 ICT');
  });

  it('shows a date alone when the time of day is unknown', () => {
    expect(articleCardInput({ ...article, timeKnown: false }, 'Bản tin').footer).toBe('01/03/2024');
  });
});

describe('titleStyle', () => {
  it('shrinks the type as titles grow, keeping every line on the card', () => {
    const sizes = [20, 61, 101, 131, 400].map((n) => titleStyle('a'.repeat(n)));
    expect(sizes.map((s) => s.fontSize)).toEqual([72, 64, 56, 48, 48]);
    for (const { fontSize, maxLines } of sizes) expect(fontSize * 1.3 * maxLines).toBeLessThan(SOCIAL_CARD_HEIGHT - 96 - 88 - 60);
  });

  it('counts letters, not UTF-16 units', () => {
    expect(titleStyle('ặ'.repeat(60)).fontSize).toBe(72);
  });
});

describe('cardTree', () => {
  it('is a 1200×630 tree with site name, kicker, title and footer', () => {
    const tree = cardTree(articleCardInput(article, 'Bản tin'));
    expect(tree.props.style).toMatchObject({ width: SOCIAL_CARD_WIDTH, height: SOCIAL_CARD_HEIGHT });
    expect(texts(tree)).toEqual(['Bản tin', 'Tân Trụ, Long An', 'Tân Trụ phát động phong trào thi đua', '01/03/2024 - 13:32']);
  });

  it('normalises decomposed Vietnamese to precomposed letters', () => {
    const decomposed = 'Đặc khu Cồn Cỏ'.normalize('NFD');
    expect(decomposed).not.toBe('Đặc khu Cồn Cỏ');
    expect(texts(cardTree({ lang: 'vi', title: decomposed, siteName: 'Bản tin' }))).toContain('Đặc khu Cồn Cỏ');
  });

  it('makes a site card without kicker, with the host name below', () => {
    expect(texts(cardTree(siteCardInput('en', 'Bản tin', 'An archive', 'bantin.example.vn')))).toEqual([
      'Bản tin',
      'An archive',
      'bantin.example.vn',
    ]);
    expect(texts(cardTree(siteCardInput('en', 'Bản tin', 'An archive')))).toEqual(['Bản tin', 'An archive', '']);
  });
});

describe('cardCacheKey', () => {
  const tree = cardTree(articleCardInput(article, 'Bản tin'));

  it('is stable for the same tree and renderer', () => {
    expect(cardCacheKey(tree, 'r1')).toBe(cardCacheKey(cardTree(articleCardInput(article, 'Bản tin')), 'r1'));
    expect(cardCacheKey(tree, 'r1')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes with the text, the layout or the renderer', () => {
    const key = cardCacheKey(tree, 'r1');
    expect(cardCacheKey(cardTree(articleCardInput({ ...article, title: 'Khác' }, 'Bản tin')), 'r1')).not.toBe(key);
    expect(cardCacheKey({ ...tree, props: { ...tree.props, style: { ...tree.props.style, backgroundColor: '#000' } } }, 'r1')).not.toBe(
      key,
    );
    expect(cardCacheKey(tree, 'r2')).not.toBe(key);
  });
});

describe('district cards', () => {
  it('titles the card with the district, its kind and its province, in the card language', () => {
    expect(texts(cardTree(districtCardInput(district, 'vi', 'Bản tin', 'bantin.example.vn')))).toEqual([
      'Bản tin',
      'Tin huyện Tân Trụ, Long An',
      'bantin.example.vn',
    ]);
    expect(districtCardInput(district, 'en', 'Bản tin').title).toBe('News from Tân Trụ district, Long An');
  });

  it('is announced with its own path and alt text', () => {
    expect(districtSocialImage(district, 'en')).toEqual({
      src: '/og/district/en/tan-tru-long-an.png',
      alt: 'Bản tin: News from Tân Trụ district, Long An',
      width: SOCIAL_CARD_WIDTH,
      height: SOCIAL_CARD_HEIGHT,
    });
  });
});

describe('articleSocialImage', () => {
  const card = { ...article, year: '2024', slug: 'tan-tru-phat-dong' };

  it('points a recent article at its own card', () => {
    expect(articleSocialImage({ ...card, rank: 2 }, 3)).toMatchObject({
      src: '/og/vi/2024/tan-tru-phat-dong.png',
      alt: 'Tân Trụ phát động phong trào thi đua (Tân Trụ, Long An)',
    });
  });

  it("describes the cover photo a recent article's card shows, in the page's language", () => {
    expect(articleSocialImage({ ...card, rank: 0 }, 3, { alt: 'Cánh đồng lúa' })).toMatchObject({
      src: '/og/vi/2024/tan-tru-phat-dong.jpg',
      alt: 'Tân Trụ phát động phong trào thi đua (Tân Trụ, Long An). Ảnh: Cánh đồng lúa',
    });
    expect(articleSocialImage({ ...card, lang: 'en', rank: 0 }, 3, { alt: 'Rice fields' }).alt).toMatch(/\. Photo: Rice fields$/);
  });

  it('points an older article at its district card, which always exists', () => {
    expect(articleSocialImage({ ...card, rank: 3 }, 3)).toEqual(districtSocialImage(district, 'vi'));
  });
});

describe('the card of an article with a cover photo', () => {
  const input = articleCardInput(article, 'Bản tin', { file: 'content/media/2024/lua-tan-tru.jpg' });

  it('draws the photo beside the same text, and the text card has none', () => {
    const withPhoto = cardTree(input);
    expect(cardPhotos(withPhoto)).toEqual(['content/media/2024/lua-tan-tru.jpg']);
    expect(input.format).toBe('jpeg');
    expect(cardPhotos(cardTree(articleCardInput(article, 'Bản tin')))).toEqual([]);
    // A cover the card cannot read (not a file beside the content) still gives the JPEG its page names, text only.
    const unread = articleCardInput(article, 'Bản tin', { file: undefined });
    expect(unread.format).toBe('jpeg');
    expect(cardPhotos(cardTree(unread))).toEqual([]);
    expect(JSON.stringify(withPhoto)).toContain(article.title);
  });

  it("keys the cache on the photo's bytes as well as its path", () => {
    const tree = cardTree(input);
    expect(cardCacheKey(tree, 'r', ['a'])).not.toBe(cardCacheKey(tree, 'r', ['b']));
    expect(cardCacheKey(tree, 'r', ['a'])).toBe(cardCacheKey(tree, 'r', ['a']));
  });
});
