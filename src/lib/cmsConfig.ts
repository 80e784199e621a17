import type { CmsConfig, Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { t } from '../i18n/t.ts';
import { articleFieldsSchema, districtKinds, districtSchema, documentSchema, topics } from './schema.ts';

/**
 * The web editor's configuration (Sveltia CMS, served at /admin/), made from the content model in
 * src/lib/schema.ts so the editor cannot drift from what the build accepts: every article field
 * has exactly one editor field here (a missing or extra one is a type error, and the unit test
 * compares both with the schema's keys and required fields), topics come from the schema's list,
 * and districts and documents are picked from content/districts.yaml and content/documents.yaml
 * as the editor finds them in the repository.
 *
 * Labels are "Tiếng Việt / English": Sveltia translates its own interface but not field labels.
 */

/** What the build pipeline needs to know about the repository the editor commits to. */
export interface CmsBackend {
  /** Sveltia backend: `github` for editors, `test-repo` (the browser's own storage) for tests and trying it out. */
  name: 'github' | 'test-repo';
  /** "owner/name" on GitHub. */
  repo?: string;
  /** The branch articles are published to. */
  branch?: string;
  /** An OAuth relay (e.g. sveltia-cms-auth on Cloudflare Workers); without it, editors sign in with a token. */
  authUrl?: string;
}

/** The content folder in the repository, as the editor sees it (paths from the repository root). */
export const cmsContentDir = 'content';

/** Article fields as the content schema defines them (cover added per entry by Astro's image()). */
const articleFields = articleFieldsSchema({ district: z.string(), document: z.string() }).shape;
export type ArticleFieldName = keyof typeof articleFields | 'cover';

/** Labels and hints in both languages, Vietnamese first. */
function both(vi: string, en: string): string {
  return `${vi} / ${en}`;
}

/** Where a field's value lives in a translation: its own text, or the original's value copied. */
const translated = { i18n: true } as const;
const copied = { i18n: 'duplicate' } as const;

/** Districts as "Châu Thành, Sóc Trăng": names repeat across provinces, so the province is always shown. */
const districtDisplay = '{{districts.*.name.vi}}, {{districts.*.province.vi}}';

function districtPicker(name: string, label: string, required: boolean): Field {
  return {
    name,
    label,
    widget: 'relation',
    collection: 'data',
    file: 'districts',
    value_field: 'districts.*.id',
    display_fields: [districtDisplay],
    search_fields: ['districts.*.name.vi', 'districts.*.name.en', 'districts.*.province.vi', 'districts.*.id'],
    required,
  };
}

/** One editor field per article field; the Record type makes a schema field without one a type error. */
const articleEditorFields: Record<ArticleFieldName, Field> = {
  title: { name: 'title', label: both('Tiêu đề', 'Title'), widget: 'string', ...translated },
  lede: {
    name: 'lede',
    label: both('Tóm tắt', 'Lede'),
    hint: both('Một hai câu, hiện trong danh sách bài và khi chia sẻ', 'One or two sentences, shown in lists and when shared'),
    widget: 'text',
    ...translated,
  },
  publishedAt: {
    name: 'publishedAt',
    label: both('Ngày giờ đăng (giờ Việt Nam)', 'Published (Vietnam time)'),
    widget: 'datetime',
    // Stored as the schema wants it: a quoted string with the +07:00 offset, whatever the editor's
    // own time zone (output.yaml.quote below writes the quotes).
    input_timezone: 'Asia/Ho_Chi_Minh',
    ...copied,
  },
  updatedAt: {
    name: 'updatedAt',
    label: both('Cập nhật lần cuối', 'Last updated'),
    widget: 'datetime',
    input_timezone: 'Asia/Ho_Chi_Minh',
    ...copied,
  },
  district: { ...districtPicker('district', both('Địa phương', 'District'), true), ...copied },
  documents: {
    name: 'documents',
    label: both('Văn bản được nhắc tới', 'Documents cited'),
    hint: both(
      'Tìm theo số hoặc cơ quan ban hành. Văn bản chưa có: thêm ở mục "Dữ liệu → Văn bản" rồi chọn',
      'Search by number or issuer. A new document: add it under "Data → Documents", then pick it',
    ),
    widget: 'relation',
    collection: 'data',
    file: 'documents',
    value_field: 'documents.*.id',
    display_fields: ['{{documents.*.number}} — {{documents.*.issuer.vi}}'],
    search_fields: ['documents.*.number', 'documents.*.issuer.vi', 'documents.*.issuer.en', 'documents.*.id'],
    multiple: true,
    ...copied,
  },
  author: {
    name: 'author',
    label: both('Tác giả', 'Author'),
    hint: both('Tên tác giả như khi in', 'The byline as printed'),
    widget: 'string',
    ...copied,
  },
  source: {
    name: 'source',
    label: both('Nguồn', 'Source'),
    hint: both('Cơ quan đăng bài gốc, với bài lấy từ nơi khác', 'The original publisher, for articles from elsewhere'),
    widget: 'object',
    collapsed: true,
    fields: [
      { name: 'name', label: both('Tên', 'Name'), widget: 'string' },
      { name: 'url', label: both('Địa chỉ', 'URL'), widget: 'string', type: 'url', required: false },
    ],
    ...copied,
  },
  topics: {
    name: 'topics',
    label: both('Chủ đề', 'Topics'),
    widget: 'select',
    multiple: true,
    options: topics.map((topic) => ({ value: topic, label: both(t('vi', `search.topic.${topic}`), t('en', `search.topic.${topic}`)) })),
    ...copied,
  },
  featured: { name: 'featured', label: both('Tin nổi bật', 'Featured'), widget: 'boolean', default: false, ...copied },
  legacyViews: {
    name: 'legacyViews',
    label: both('Lượt xem trên cổng cũ', 'Views on the old portal'),
    widget: 'number',
    value_type: 'int',
    min: 0,
    i18n: false,
  },
  draft: {
    name: 'draft',
    label: both('Bản nháp (không đăng)', 'Draft (not published)'),
    widget: 'boolean',
    default: false,
    ...translated,
  },
  cover: {
    name: 'cover',
    label: both('Ảnh bìa', 'Cover photo'),
    widget: 'object',
    collapsed: false,
    fields: [
      { name: 'src', label: both('Ảnh', 'Photo'), widget: 'image', choose_url: false, ...copied },
      {
        name: 'alt',
        label: both('Mô tả ảnh (bắt buộc)', 'Alt text (required)'),
        hint: both(
          'Ảnh cho thấy gì, cho người không xem được ảnh; không viết "ảnh" hay tên tệp',
          'What the picture shows, for someone who cannot see it; not "photo" or the file name',
        ),
        widget: 'string',
        ...translated,
      },
      {
        name: 'caption',
        label: both('Chú thích', 'Caption'),
        hint: both('In dưới ảnh, như nguồn in', 'Printed under the photo, as the source prints it'),
        widget: 'string',
        required: false,
        ...translated,
      },
      {
        name: 'credit',
        label: both('Tác giả ảnh', 'Photo credit'),
        hint: both('Ví dụ "Thanh Đồng": in là "Ảnh: Thanh Đồng"', 'E.g. "Thanh Đồng": printed as "Photo: Thanh Đồng"'),
        widget: 'string',
        required: false,
        ...copied,
      },
    ],
    ...translated,
  },
};

/** Whether the content schema lets a field be left out (optional, or with a default). */
function schemaRequires(name: ArticleFieldName): boolean {
  if (name === 'cover') return false;
  const field = articleFields[name] as z.ZodType;
  return !field.safeParse(undefined).success;
}

/** The article fields in the order editors fill them in, each marked required exactly when the schema requires it. */
export function articleCmsFields(): Field[] {
  const order: ArticleFieldName[] = [
    'title',
    'lede',
    'publishedAt',
    'district',
    'documents',
    'author',
    'topics',
    'cover',
    'featured',
    'draft',
    'source',
    'updatedAt',
    'legacyViews',
  ];
  const fields = order.map((name) => ({ ...articleEditorFields[name], required: schemaRequires(name) }) as Field);
  // The body: plain Markdown first, since the rich-text editor may rewrite Markdown it did not write.
  fields.push({
    name: 'body',
    label: both('Nội dung', 'Text'),
    widget: 'markdown',
    modes: ['raw', 'rich_text'],
    ...translated,
  });
  return fields;
}

/** Bilingual text as the data files write it: { vi, en }. */
function bilingualField(name: string, label: string, required = true): Field {
  return {
    name,
    label,
    widget: 'object',
    required,
    fields: [
      { name: 'vi', label: 'Tiếng Việt', widget: 'string' },
      { name: 'en', label: 'English', widget: 'string' },
    ],
  };
}

/** Editor fields of one district (districtSchema). */
export function districtCmsFields(): Field[] {
  return [
    { name: 'id', label: both('Mã', 'Id'), widget: 'string', pattern: [idPatternSource, idHint] },
    bilingualField('name', both('Tên', 'Name')),
    bilingualField('province', both('Tỉnh', 'Province')),
    { name: 'kind', label: both('Loại', 'Kind'), widget: 'select', options: [...districtKinds] },
    bilingualField('since2025', both('Từ 1/7/2025', 'Since 1 July 2025'), false),
  ];
}

/** Editor fields of one document (documentSchema). */
export function documentCmsFields(): Field[] {
  return [
    {
      name: 'id',
      label: both('Mã', 'Id'),
      hint: both(
        'Nơi ban hành + số + năm, ví dụ "chau-thanh-soc-trang-27-kh-ubnd-2024"',
        'Issuer or place + number + year, e.g. "chau-thanh-soc-trang-27-kh-ubnd-2024"',
      ),
      widget: 'string',
      pattern: [idPatternSource, idHint],
    },
    { name: 'number', label: both('Số, ký hiệu', 'Number'), hint: 'Như khi in / As printed: 55-NQ/HU, 27/KH-UBND', widget: 'string' },
    bilingualField('issuer', both('Cơ quan ban hành', 'Issuer')),
    {
      name: 'issuedOn',
      label: both('Ngày ban hành', 'Issued on'),
      widget: 'datetime',
      type: 'date',
      format: 'YYYY-MM-DD',
      required: false,
    },
    districtPicker('district', both('Địa phương ban hành', 'District of the issuer'), false),
    bilingualField('province', both('Tỉnh (cơ quan cấp tỉnh, trung ương)', 'Province (provincial or central bodies)'), false),
    {
      name: 'title',
      label: both('Trích yếu', 'Title'),
      widget: 'object',
      required: false,
      fields: [
        { name: 'vi', label: 'Tiếng Việt', widget: 'string', required: false },
        { name: 'en', label: 'English', widget: 'string', required: false },
      ],
    },
  ];
}

const idPatternSource = '^[a-z0-9]+(-[a-z0-9]+)*$';
const idHint = both('chữ thường không dấu, số, gạch ngang', 'lower-case letters, digits, hyphens');

/** Top-level field names of a data file's entries, for the schema comparison in the unit test. */
export const dataSchemas = { districts: districtSchema, documents: documentSchema } as const;

/** The whole configuration: articles (Vietnamese and English folders paired by path), the two data files, media. */
export function cmsConfig(backend: CmsBackend): CmsConfig {
  const github = backend.name === 'github';
  if (github && !backend.repo) throw new Error('the web editor needs the GitHub repository ("owner/name")');
  return {
    app_title: 'Bản tin – Biên tập',
    logo: { src: '/favicon.svg' },
    backend: {
      name: backend.name,
      ...(backend.repo ? { repo: backend.repo } : {}),
      ...(backend.branch ? { branch: backend.branch } : {}),
      ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
      ...(github ? { commit_messages: commitMessages } : {}),
    } as CmsConfig['backend'],
    // Drafts and reviews as pull requests, so CI checks every article before it is published.
    // Sveltia offers it with the GitHub and GitLab backends only.
    ...(github ? { publish_mode: 'editorial_workflow' as const } : {}),
    media_folder: `${cmsContentDir}/media`,
    media_libraries: {
      // Photos come from the editor's own files: no stock-photo services (they load from elsewhere).
      stock_assets: false,
      default: {
        config: {
          // "Hội nghị thi đua.jpg" is saved as "hoi-nghi-thi-dua.webp": names follow the slug rules.
          slugify_filename: true,
          // A phone photo (4000 px, several MB) becomes at most 1600 px wide WebP in the browser,
          // the size docs/editing.md asks for; the site makes the smaller sizes from it.
          transformations: { raster_image: { format: 'webp', quality: 85, width: 1600, height: 1600 } },
        },
      },
    },
    // File names as src/lib/slug.ts makes them: no tone marks, "đ" as "d", lower case, hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', trim: true, lowercase: true },
    // publishedAt must stay a quoted string (a bare YAML date-time loses its offset).
    output: { yaml: { quote: 'double', indent_sequences: true }, omit_empty_optional_fields: true },
    i18n: { structure: 'multiple_folders', locales: ['vi', 'en'], default_locale: 'vi', initial_locales: 'default' },
    collections: [
      {
        name: 'articles',
        label: both('Bài viết', 'Articles'),
        label_singular: both('Bài viết', 'Article'),
        folder: `${cmsContentDir}/articles`,
        // The year folder, from the publication time (Vietnam time), and the slug as the file name:
        // the English translation is written at the same year and file name under en/.
        path: "{{fields.publishedAt | date('YYYY')}}/{{slug}}",
        preview_path_date_field: 'publishedAt',
        extension: 'md',
        format: 'frontmatter',
        i18n: true,
        create: true,
        // Photos go to content/media/YEAR/ (the year of the upload: Sveltia fills a media folder's
        // date tags with the time of the upload, not with the article's fields), and the article
        // points at them relatively ("../../../media/2026/x.webp"): both languages' files are at the
        // same depth, and a relative path is what astro:assets optimises.
        media_folder: `/${cmsContentDir}/media/{{year}}`,
        public_folder: '../../../media/{{year}}',
        sortable_fields: ['publishedAt', 'title'],
        summary: '{{title}} — {{publishedAt | date("DD/MM/YYYY")}}',
        fields: articleCmsFields(),
      },
      {
        name: 'data',
        label: both('Dữ liệu', 'Data'),
        files: [
          {
            name: 'districts',
            label: both('Địa phương', 'Districts'),
            file: `${cmsContentDir}/districts.yaml`,
            i18n: false,
            fields: [
              { name: 'districts', label: both('Địa phương', 'Districts'), widget: 'list', root: true, fields: districtCmsFields() },
            ],
          },
          {
            name: 'documents',
            label: both('Văn bản', 'Documents'),
            file: `${cmsContentDir}/documents.yaml`,
            i18n: false,
            fields: [
              {
                name: 'documents',
                label: both('Văn bản', 'Documents'),
                widget: 'list',
                root: true,
                summary: '{{fields.number}} — {{fields.issuer.vi}}',
                fields: documentCmsFields(),
              },
            ],
          },
        ],
      },
    ],
  } as CmsConfig;
}

/** Commit and pull-request titles, in Vietnamese first: reviewers read them in the list of pull requests. */
const commitMessages = {
  create: 'Bài mới / New: {{collection}} “{{slug}}”',
  update: 'Sửa / Update: {{collection}} “{{slug}}”',
  delete: 'Xóa / Delete: {{collection}} “{{slug}}”',
  uploadMedia: 'Ảnh / Photo: “{{path}}”',
  deleteMedia: 'Xóa ảnh / Delete photo: “{{path}}”',
};
