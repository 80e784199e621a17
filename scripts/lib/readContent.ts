import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { isLang } from '../../src/i18n/locales.ts';
import { articleSchema, districtSchema, documentSchema } from '../../src/lib/schema.ts';
import type { ArticleEntry, ContentRefs } from '../../src/lib/contentRules.ts';
import { visibleBodyLines } from '../../src/lib/contentRules/bodyScan.ts';
import type { Problem } from '../../src/lib/contentRules/problem.ts';
import { documentIssuerProblems } from '../../src/lib/contentRules/referenceRules.ts';
import { schemaProblems } from '../../src/lib/contentRules/schemaProblems.ts';
import { mapInBatches } from '../../src/lib/mapInBatches.ts';
import { readDataFile, yamlSyntaxProblem } from '../../src/lib/dataFiles.ts';
import { pathExists } from './fsExists.ts';
import { parseYaml, splitFrontmatter } from '../../src/lib/yamlSource.ts';

/** Frontmatter as `npm run check` validates it: references stay id strings, checked by contentRules. */
export const plainArticleSchema = articleSchema({ district: z.string(), document: z.string(), image: z.string() });

export type District = z.output<typeof districtSchema>;
export type DocumentEntry = z.output<typeof documentSchema>;

export interface Content {
  entries: ArticleEntry[];
  districts: District[];
  documents: DocumentEntry[];
  refs: ContentRefs;
  /** Problems found while reading: files in the wrong place, YAML syntax, schema, missing image files. */
  problems: Problem[];
  /** Article files found, valid or not. */
  articleFiles: number;
}

/**
 * Reads a content folder (content/ or BANTIN_CONTENT_DIR) as the site would: districts.yaml,
 * documents.yaml and every article, each validated with the shared schemas. `dir` is shown in file
 * names as given, so a relative dir gives the relative paths editors see in their editor.
 */
export async function readContent(dir: string): Promise<Content> {
  const [districtFile, documentFile] = await Promise.all([
    readDataFile(join(dir, 'districts.yaml'), join(dir, 'districts.yaml'), districtSchema),
    readDataFile(join(dir, 'documents.yaml'), join(dir, 'documents.yaml'), documentSchema),
  ]);
  const problems = [...districtFile.problems, ...documentFile.problems];
  const districtIds = districtFile.ids;
  problems.push(
    ...documentIssuerProblems(join(dir, 'documents.yaml'), documentFile.items, districtIds, (id) => documentFile.lineOf(id, 'district')),
  );

  const files = (await listFiles(join(dir, 'articles'))).filter((f) => /\.mdx?$/.test(f));
  // Files are read a few dozen at a time: one by one, a 10,000-article archive waits on the disk.
  const results = await mapInBatches(files, 64, (file) => readArticle(dir, file));
  const entries: ArticleEntry[] = [];
  const unreadableArticles = new Set<string>();
  for (const result of results) {
    problems.push(...result.problems);
    if (result.entry) entries.push(result.entry);
    else if (result.key) unreadableArticles.add(result.key);
  }
  const articleFiles = files.length;
  // A data file that cannot be read is reported once; its references are not all reported again.
  const refs: ContentRefs = {
    districts: districtFile.readable ? districtIds : new Set(entries.map((e) => e.data.district)),
    documents: documentFile.readable ? documentFile.ids : new Set(entries.flatMap((e) => e.data.documents)),
    unreadableArticles,
  };
  return {
    entries,
    districts: districtFile.items,
    documents: documentFile.items,
    refs,
    problems,
    articleFiles,
  };
}

/** One article file: its entry, or its problems and, when it is in the right place, its "lang/year/slug" key. */
async function readArticle(dir: string, file: string): Promise<{ entry?: ArticleEntry; key?: string; problems: Problem[] }> {
  const shown = join(dir, 'articles', file);
  const parts = file.split(sep);
  const match = /^(.+)\.(mdx?)$/.exec(parts[2] ?? '');
  const [lang = '', year = ''] = parts;
  if (parts.length !== 3 || !isLang(lang) || !/^\d{4}$/.test(year) || !match) {
    return { problems: [misplaced(shown)] };
  }
  const key = `${lang}/${year}/${match[1]}`;
  const raw = await readFile(join(dir, 'articles', file), 'utf8');
  const split = splitFrontmatter(raw);
  if (!split) {
    return {
      key,
      problems: [
        {
          file: shown,
          line: 1,
          field: 'frontmatter',
          severity: 'error',
          message: {
            vi: 'tệp không có phần thông tin đầu bài (frontmatter) giữa hai dòng ---',
            en: 'the file has no frontmatter between two --- lines',
          },
          fix: {
            vi: 'tạo bài bằng npm run new, hoặc chép phần đầu của một bài có sẵn',
            en: 'create articles with npm run new, or copy the top of an existing article',
          },
        },
      ],
    };
  }
  const yaml = parseYaml(split.yaml, split.yamlFirstLine);
  if (yaml.errors.length > 0) {
    const rawLines = raw.split(/\r?\n/);
    return { key, problems: yaml.errors.map((e) => yamlSyntaxProblem(shown, e.line, e.message, rawLines[(e.line ?? 0) - 1])) };
  }
  const result = plainArticleSchema.safeParse(yaml.value ?? {});
  if (!result.success) return { key, problems: schemaProblems(shown, raw, result.error) };
  const entry: ArticleEntry = {
    file: shown,
    lang,
    year,
    slug: match[1] ?? '',
    ext: match[2] === 'mdx' ? 'mdx' : 'md',
    data: result.data,
    body: split.body,
    raw,
  };
  return { entry, problems: await missingImageFiles(entry, join(dir, 'articles', file)) };
}

function misplaced(file: string): Problem {
  return {
    file,
    field: 'path',
    severity: 'error',
    message: { vi: 'bài nằm sai thư mục nên sẽ không được đăng', en: 'the article is in the wrong folder, so it will not be published' },
    fix: {
      vi: 'đặt bài vào articles/vi/NĂM/ten-bai.mdx (bản dịch: articles/en/NĂM/ten-bai.mdx)',
      en: 'put it in articles/vi/YEAR/slug.mdx (translations: articles/en/YEAR/slug.mdx)',
    },
  };
}

/** The cover and body images that point at files which are not there (the build would fail on them). */
async function missingImageFiles(entry: ArticleEntry, absolute: string): Promise<Problem[]> {
  const wanted: Array<{ src: string; line: number | undefined; field: string }> = [];
  const cover = entry.data.cover?.src;
  const rawLines = (entry.raw ?? '').split(/\r?\n/);
  if (typeof cover === 'string') wanted.push({ src: cover, line: lineContaining(rawLines, 'src:', 0), field: 'cover.src' });
  const bodyStart = rawLines.length - entry.body.split(/\r?\n/).length;
  visibleBodyLines(entry.body).forEach((text, index) => {
    for (const m of text.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g))
      wanted.push({ src: m[1] ?? '', line: bodyStart + index + 1, field: 'body' });
  });
  const problems: Problem[] = [];
  for (const { src, line, field } of wanted) {
    // Only files beside the article are ours to check; web addresses and site paths are not.
    if (/^[a-z]+:|^\/|^#/i.test(src)) continue;
    const target = join(dirname(absolute), decodeURI(src));
    if (await pathExists(target)) continue;
    problems.push({
      file: entry.file,
      line,
      field,
      severity: 'error',
      message: { vi: `không tìm thấy tệp ảnh ${src}`, en: `the image file ${src} does not exist` },
      fix: {
        vi: `đặt ảnh vào thư mục media/ và ghi đường dẫn tính từ tệp bài viết, ví dụ ../../../media/${entry.year}/anh.jpg`,
        en: `put the picture in media/ and give its path from the article file, e.g. ../../../media/${entry.year}/photo.jpg`,
      },
    });
  }
  return problems;
}

function lineContaining(lines: string[], text: string, from: number): number | undefined {
  const index = lines.findIndex((l, i) => i >= from && l.includes(text));
  return index < 0 ? undefined : index + 1;
}

async function listFiles(root: string): Promise<string[]> {
  try {
    const found = await readdir(root, { recursive: true, withFileTypes: true });
    return found
      .filter((d) => d.isFile())
      .map((d) => relative(root, join(d.parentPath, d.name)))
      .sort();
  } catch {
    return [];
  }
}
