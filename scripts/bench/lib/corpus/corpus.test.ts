import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { articleSchema, districtSchema, documentSchema } from '../../../../src/lib/schema.ts';
import { checkArticles, type ArticleEntry } from '../../../../src/lib/contentRules.ts';
import { isValidSlug } from '../../../../src/lib/slug.ts';
import { articleYears } from './articles.ts';
import { corpusFiles, corpusSummary, generateCorpus, photoFiles } from './corpus.ts';
import { noPhotos } from './photos.ts';
import { mdxProblems } from '../../../../src/lib/mdxCheck.ts';

const plainArticleSchema = articleSchema({ district: z.string(), document: z.string(), image: z.string() });

describe('generateCorpus', () => {
  const corpus = generateCorpus({ articles: 400, seed: 'test' });
  const files = corpusFiles(corpus);

  it('gives byte-identical files for the same seed and different ones for another', () => {
    expect(corpusFiles(generateCorpus({ articles: 400, seed: 'test' }))).toEqual(files);
    expect(corpusFiles(generateCorpus({ articles: 400, seed: 'other' }))).not.toEqual(files);
  });

  it('translates about 60% and writes about 30% as MDX, over all eight years', () => {
    const s = corpusSummary(corpus);
    expect(s.articles).toBe(400);
    expect(s.translations / s.articles).toBeGreaterThan(0.5);
    expect(s.translations / s.articles).toBeLessThan(0.7);
    expect(s.mdx / s.files).toBeGreaterThan(0.22);
    expect(s.mdx / s.files).toBeLessThan(0.38);
    const years = new Set(corpus.articles.map((a) => a.year));
    expect(years.size).toBe(articleYears.last - articleYears.first + 1);
  });

  it('puts a translation at its original year/slug with the same extension and references', () => {
    const originals = new Map(corpus.articles.filter((a) => a.lang === 'vi').map((a) => [`${a.year}/${a.slug}`, a]));
    for (const en of corpus.articles.filter((a) => a.lang === 'en')) {
      const vi = originals.get(`${en.year}/${en.slug}`);
      expect(vi).toBeDefined();
      expect(en.ext).toBe(vi!.ext);
      expect(en.frontmatter.district).toBe(vi!.frontmatter.district);
      expect(en.frontmatter.documents).toEqual(vi!.frontmatter.documents);
      expect(en.frontmatter.publishedAt).toBe(vi!.frontmatter.publishedAt);
    }
  });

  it('writes files the site accepts: schemas and every cross-file content rule', () => {
    const districts = parse(files.find(([p]) => p === 'districts.yaml')![1]) as unknown[];
    const documents = parse(files.find(([p]) => p === 'documents.yaml')![1]) as unknown[];
    expect(districts).toHaveLength(60);
    expect(documents).toHaveLength(400);
    for (const d of districts) expect(districtSchema.parse(d)).toBeTruthy();
    for (const d of documents) expect(documentSchema.parse(d)).toBeTruthy();

    const entries: ArticleEntry[] = files
      .filter(([path]) => path.startsWith('articles/'))
      .map(([path, text]) => {
        const [, lang, year, file] = path.split('/') as [string, 'vi' | 'en', string, string];
        const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text);
        expect(match, path).not.toBeNull();
        // publishedAt must stay a quoted string: an unquoted one would become a Date and lose +07:00.
        expect(match![1]).toMatch(/^publishedAt: "\d{4}-\d\d-\d\dT\d\d:\d\d:00\+07:00"$/m);
        const data = plainArticleSchema.parse(parse(match![1]!));
        return {
          file: path,
          lang,
          year,
          slug: file.replace(/\.mdx?$/, ''),
          ext: file.endsWith('.mdx') ? 'mdx' : 'md',
          data,
          body: match![2]!,
          raw: text,
        };
      });
    expect(entries).toHaveLength(corpus.articles.length);
    for (const e of entries) expect(isValidSlug(e.slug, 80)).toBe(true);
    const refs = {
      districts: new Set(corpus.districts.map((d) => d.id)),
      documents: new Set(corpus.documents.map((d) => d.id)),
    };
    const problems = checkArticles(entries, refs);
    expect(problems).toEqual([]);
  });

  it('gives most articles a cover and some MDX ones a gallery, each photo its own file', () => {
    const s = corpusSummary(corpus);
    expect(s.covers / s.articles).toBeGreaterThan(0.78);
    expect(s.covers / s.articles).toBeLessThan(0.92);
    expect(s.galleries).toBeGreaterThan(0);
    expect(s.photos).toBe(new Set(corpus.photos.map((p) => p.path)).size);
    const files = photoFiles(
      corpus,
      Array.from({ length: 48 }, () => new Uint8Array([0xff, 0xd8, 0xff, 0xd9])),
    );
    // Pool copies, but no two files alike (Vite would emit identical imports as one picture).
    expect(new Set(files.map(([, bytes]) => Buffer.from(bytes).toString('base64'))).size).toBe(files.length);
  });

  it('writes the cover in the frontmatter and the gallery as an editor would, in both languages', () => {
    const withCover = corpus.articles.find((a) => a.lang === 'en' && a.photos.cover)!;
    const original = corpus.articles.find((a) => a.lang === 'vi' && a.year === withCover.year && a.slug === withCover.slug)!;
    expect(withCover.frontmatter.cover!.src).toBe(`../../../media/${withCover.year}/${withCover.slug}.jpg`);
    expect(original.frontmatter.cover!.src).toBe(withCover.frontmatter.cover!.src);
    expect(original.frontmatter.cover!.alt).not.toBe(withCover.frontmatter.cover!.alt);
    const text = files.find(([p]) => p === `articles/en/${withCover.year}/${withCover.slug}.${withCover.ext}`)![1];
    expect(text).toContain(`cover:\n  src: ../../../media/${withCover.year}/${withCover.slug}.jpg\n  alt: "`);

    const gallery = corpus.articles.filter((a) => a.photos.gallery.length > 0);
    expect(gallery.every((a) => a.ext === 'mdx')).toBe(true);
    for (const a of gallery.slice(0, 20)) {
      expect(a.body).toMatch(/^import photo1 from "\.\.\/\.\.\/\.\.\/media\/\d{4}\/[a-z0-9-]+-1\.jpg";$/m);
      expect(a.body).toContain('<Gallery');
      expect(mdxProblems(a.body)).toEqual([]);
    }
  });

  it('leaves the text the same with or without photos', () => {
    const bare = generateCorpus({ articles: 400, seed: 'test', photos: noPhotos });
    expect(bare.photos).toEqual([]);
    const strip = (a: (typeof corpus.articles)[number]) => {
      const { cover: _cover, ...frontmatter } = a.frontmatter;
      return { frontmatter, body: a.body.replace(/^(import [^\n]+\n)+\n/, '').replace(/\n\n<Gallery[\s\S]*$/, '') };
    };
    expect(corpus.articles.map(strip)).toEqual(bare.articles.map(strip));
  }, 30_000);

  it('dates articles of 2025 before the districts were abolished on 1 July', () => {
    for (const a of corpus.articles.filter((x) => x.year === 2025)) expect(a.frontmatter.publishedAt < '2025-07-01').toBe(true);
  });

  it('cites only documents issued by the article year, from its district, province or the centre', () => {
    const docs = new Map(corpus.documents.map((d) => [d.id, d]));
    const districts = new Map(corpus.districts.map((d) => [d.id, d]));
    for (const a of corpus.articles) {
      const district = districts.get(a.frontmatter.district)!;
      for (const id of a.frontmatter.documents) {
        const doc = docs.get(id)!;
        expect(doc.year).toBeLessThanOrEqual(a.year);
        const local = doc.district === district.id || doc.province?.vi === district.province.vi || (!doc.district && !doc.province);
        expect(local).toBe(true);
      }
    }
  });
});
