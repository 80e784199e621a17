import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardsAhead } from './cardsAhead.ts';

// The seed content, plus a draft newer than every article: a build leaves drafts out.
const dir = mkdtempSync(join(tmpdir(), 'bantin-cards-ahead-'));
cpSync('content', dir, { recursive: true });
const seedFile = 'articles/vi/2024/tan-tru-tap-trung-xay-dung-nong-thon-moi-nang-cao.md';
const draft = readFileSync(join(dir, seedFile), 'utf8')
  .replace(/^title: .*$/m, 'title: "Bản nháp mới nhất"')
  .replace(/^publishedAt: .*$/m, 'publishedAt: "2024-12-31T08:00:00+07:00"')
  .replace(/^---\n/, '---\ndraft: true\n');
writeFileSync(join(dir, 'articles/vi/2024/ban-nhap-moi-nhat.md'), draft);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cardsAhead', () => {
  it('lists the site cards, then each published article newest first, then each district, in both languages', async () => {
    const inputs = await cardsAhead(dir, 'bantin.example.vn');
    const titles = inputs.map((i) => `${i.lang} ${i.title}`);
    expect(titles).not.toContain('vi Bản nháp mới nhất');
    expect(inputs.slice(0, 2).map((i) => [i.lang, i.footer])).toEqual([
      ['vi', 'bantin.example.vn'],
      ['en', 'bantin.example.vn'],
    ]);
    const articles = inputs.filter((i) => i.kicker !== undefined);
    expect(articles.map((i) => i.lang)).toEqual([...Array(5).fill('vi'), ...Array(5).fill('en')]);
    // The newest Vietnamese article (8 May 2024) first, with its district and province.
    expect(articles[0]).toMatchObject({ footer: '08/05/2024 - 10:10' });
    expect(articles[0]!.kicker).toMatch(/, /);
    const districts = inputs.filter((i) => i.kicker === undefined).slice(2);
    expect(districts.length % 2).toBe(0);
    expect(districts.length).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ['an unknown district', /^district: .*$/m, 'district: nowhere-long-an'],
    ['a date that is not one', /^publishedAt: .*$/m, 'publishedAt: "2024-13-45"'],
  ])('draws nothing ahead for content with %s: the build is about to stop on it', async (_, field, value) => {
    const broken = mkdtempSync(join(tmpdir(), 'bantin-cards-ahead-broken-'));
    try {
      cpSync('content', broken, { recursive: true });
      writeFileSync(join(broken, seedFile), readFileSync(join(broken, seedFile), 'utf8').replace(field, value));
      expect(await cardsAhead(broken, undefined)).toEqual([]);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
