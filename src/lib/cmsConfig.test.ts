import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleCmsFields, cmsConfig, districtCmsFields, documentCmsFields } from './cmsConfig.ts';
import { articleFieldsSchema, coverSchema, districtSchema, documentSchema, topics } from './schema.ts';

const fullArticleSchema = articleFieldsSchema({ district: z.string(), document: z.string() }).extend({ cover: coverSchema(z.string()) });
const byName = new Map(articleCmsFields().map((field) => [field.name, field as Record<string, unknown>]));

/** Required in the schema: fails to parse when left out. */
function schemaRequires(shape: Record<string, z.ZodType>, name: string): boolean {
  return !shape[name]!.safeParse(undefined).success;
}

describe('the web editor’s article fields', () => {
  it('has exactly the schema’s fields, plus the body', () => {
    expect([...byName.keys()].sort()).toEqual([...Object.keys(fullArticleSchema.shape), 'body'].sort());
  });

  it('requires a field exactly when the schema does', () => {
    for (const name of Object.keys(fullArticleSchema.shape)) {
      expect({ name, required: byName.get(name)!['required'] }).toEqual({ name, required: schemaRequires(fullArticleSchema.shape, name) });
    }
  });

  it('offers the schema’s topics, and the cover asks for alt text', () => {
    const options = byName.get('topics')!['options'] as { value: string; label: string }[];
    expect(options.map((o) => o.value)).toEqual([...topics]);
    expect(options[0]!.label).toBe('Thi đua / Emulation');
    const coverFields = byName.get('cover')!['fields'] as { name: string; required?: boolean }[];
    expect(coverFields.map((f) => f.name)).toEqual(Object.keys(coverSchema(z.string()).unwrap().shape));
    expect(coverFields.find((f) => f.name === 'alt')!.required).not.toBe(false);
  });

  it('picks the district from districts.yaml, shown with its province, and documents by number and issuer', () => {
    expect(byName.get('district')).toMatchObject({
      widget: 'relation',
      collection: 'data',
      file: 'districts',
      value_field: 'districts.*.id',
      display_fields: ['{{districts.*.name.vi}}, {{districts.*.province.vi}}'],
    });
    expect(byName.get('documents')).toMatchObject({ widget: 'relation', file: 'documents', value_field: 'documents.*.id', multiple: true });
    expect(byName.get('documents')!['search_fields']).toEqual(expect.arrayContaining(['documents.*.number', 'documents.*.issuer.vi']));
  });

  it('keeps publishedAt in Vietnam time and the body in plain Markdown first', () => {
    expect(byName.get('publishedAt')).toMatchObject({ widget: 'datetime', input_timezone: 'Asia/Ho_Chi_Minh' });
    expect(byName.get('body')).toMatchObject({ widget: 'markdown', modes: ['raw', 'rich_text'] });
  });

  it('copies the fields a translation shares with its original, and translates the rest', () => {
    for (const name of ['publishedAt', 'district', 'documents', 'author', 'topics']) expect(byName.get(name)!['i18n']).toBe('duplicate');
    for (const name of ['title', 'lede', 'body']) expect(byName.get(name)!['i18n']).toBe(true);
    expect(byName.get('legacyViews')!['i18n']).toBe(false);
  });
});

describe('the web editor’s data-file fields', () => {
  it('has exactly the fields of a district and of a document', () => {
    expect(districtCmsFields().map((f) => f.name)).toEqual(Object.keys(districtSchema.shape));
    expect(documentCmsFields().map((f) => f.name)).toEqual(Object.keys(documentSchema.shape));
  });
});

describe('cmsConfig', () => {
  const github = cmsConfig({ name: 'github', repo: 'owner/ban-tin', branch: 'main' });

  it('works through pull requests on GitHub, and plainly on the test repository', () => {
    expect(github).toMatchObject({
      backend: { name: 'github', repo: 'owner/ban-tin', branch: 'main' },
      publish_mode: 'editorial_workflow',
    });
    expect(cmsConfig({ name: 'test-repo' })).not.toHaveProperty('publish_mode');
    expect(() => cmsConfig({ name: 'github' })).toThrow(/owner\/name/);
  });

  it('pairs the languages by path and names files as src/lib/slug.ts does', () => {
    expect(github.i18n).toMatchObject({ structure: 'multiple_folders', locales: ['vi', 'en'], default_locale: 'vi' });
    expect(github.slug).toMatchObject({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true });
    const articles = github.collections!.find((c) => c.name === 'articles') as unknown as Record<string, unknown>;
    expect(articles).toMatchObject({ folder: 'content/articles', path: "{{fields.publishedAt | date('YYYY')}}/{{slug}}", extension: 'md' });
    expect(articles).toMatchObject({ media_folder: '/content/media/{{year}}', public_folder: '../../../media/{{year}}' });
  });

  it('quotes strings, so publishedAt stays a string with its offset', () => {
    expect(github.output?.yaml?.quote).toBe('double');
  });

  it('loads nothing from other sites: no stock photos', () => {
    expect(github.media_libraries?.stock_assets).toBe(false);
  });
});
