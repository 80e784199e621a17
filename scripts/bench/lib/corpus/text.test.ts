import { describe, expect, it } from 'vitest';
import { generateDocuments } from './documents.ts';
import { corpusDistricts } from './places.ts';
import { createRandom } from './random.ts';
import { articleSlots, bodyWords, composeArticle, countWords, documentMention, fill, formatInteger, formatPercent } from './text.ts';

describe('number formats', () => {
  it('groups thousands and writes decimals the way each language does', () => {
    expect(formatInteger(1234567, 'vi')).toBe('1.234.567');
    expect(formatInteger(1234567, 'en')).toBe('1,234,567');
    expect(formatInteger(999, 'vi')).toBe('999');
    expect(formatPercent(87.5, 'vi')).toBe('87,5%');
    expect(formatPercent(87.5, 'en')).toBe('87.5%');
    expect(formatPercent(100, 'vi')).toBe('100%');
  });
});

describe('countWords', () => {
  it('counts words, not markup or punctuation', () => {
    expect(countWords('## Kết quả nổi bật\n\n- Một hai;\n- ba.\n\n<figure>\n<figcaption>Ảnh: A</figcaption>\n</figure> – x')).toBe(10);
  });
});

describe('fill', () => {
  it('fills slots in both languages and capitalises the first letter', () => {
    expect(fill(['{D} có {n}', '{D} has {n}'], { D: ['huyện Tân Trụ', 'Tân Trụ district'], n: ['1.000', '1,000'] })).toEqual([
      'Huyện Tân Trụ có 1.000',
      'Tân Trụ district has 1,000',
    ]);
    expect(() => fill(['{missing}', '{missing}'], {})).toThrow(/missing/);
  });
});

describe('documentMention', () => {
  it('names the document type in each language', () => {
    const doc = { id: 'x', number: '55-NQ/HU', issuer: { vi: 'a', en: 'b' }, year: 2023 };
    expect(documentMention(doc, ['huyện A', 'A district'])).toEqual(['Nghị quyết số 55-NQ/HU', 'Resolution 55-NQ/HU']);
    expect(documentMention(undefined, ['huyện A', 'A district'])[1]).toBe("the plan of the A district People's Committee");
  });
});

describe('composeArticle', () => {
  const districts = corpusDistricts();
  const documents = generateDocuments(createRandom('docs'), districts);

  const make = (seed: string, mdx: boolean) => {
    const random = createRandom(seed);
    const district = random.pick(districts);
    const cited = documents.filter((d) => d.district === district.id).slice(0, 1);
    const slots = articleSlots(random, { district, year: 2022, documents: cited, author: 'Thanh Mỹ' });
    return composeArticle(random, slots, { mdx, hasDocuments: cited.length > 0 });
  };

  it('writes 600–900 Vietnamese words with headings, a list and a figure caption', () => {
    for (let i = 0; i < 200; i++) {
      const { body, title, lede } = make(`body-${i}`, i % 3 === 0);
      const words = countWords(body[0]);
      expect(words).toBeGreaterThanOrEqual(bodyWords.min);
      expect(words).toBeLessThanOrEqual(bodyWords.max);
      for (const text of body) {
        expect(text.match(/^## /gm)?.length).toBe(3);
        expect(text).toMatch(/^- /m);
        expect(text).toMatch(/<figure>\n<figcaption>[^<]+<\/figcaption>\n<\/figure>/);
        // Nothing that MDX would read as an expression or a stray tag.
        expect(text.replace(/<\/?(figure|figcaption|Callout)[^>]*>/g, '')).not.toMatch(/[{}<>]/);
        expect(text).not.toMatch(/\{\w+\}/);
      }
      expect(title[0]).not.toBe(title[1]);
      expect(lede[0]).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    }
  });

  it('uses the Callout component only in MDX, in both languages', () => {
    const mdx = make('callout', true);
    const md = make('callout', false);
    for (const text of mdx.body) expect(text).toMatch(/<Callout title="[^"]+">\n\n[^\n]+\n\n<\/Callout>/);
    for (const text of md.body) expect(text).not.toContain('<Callout');
  });

  it('renders the English body block for block from the same choices', () => {
    const { body } = make('parallel', true);
    const shape = (text: string) => text.split('\n\n').map((block) => block.slice(0, 2).replace(/[^#<-]/g, 'p'));
    expect(shape(body[1])).toEqual(shape(body[0]));
  });
});
