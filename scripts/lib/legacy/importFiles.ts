import { appendFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { articlePath, renderArticle } from '../articleFile.ts';
import { appendDocuments } from '../documentsFile.ts';
import { readContent, type DocumentEntry } from '../readContent.ts';
import { UsageError } from '../cli/commandLine.ts';
import { describeFileError } from '../cli/fileErrors.ts';
import { districtsChunk } from '../districtsFile.ts';
import { convertExport, convertLines, NotAnArticle } from './convert.ts';
import { readHtmlExport } from './htmlExport.ts';
import { placePhotos } from './photos.ts';
import { placesFor } from './places.ts';
import { indexExistingArticles } from './existingArticles.ts';
import type { ReviewItem } from './review.ts';

export type ImportStatus = 'created' | 'unchanged' | 'kept' | 'failed';

export interface ImportedFile {
  /** The export, as given. */
  file: string;
  status: ImportStatus;
  /** The article file written or found. */
  article?: string;
  draft?: boolean;
  documentsAdded: string[];
  /** Districts added to districts.yaml from the national list. */
  districtsAdded?: string[];
  review: ReviewItem[];
  /** Why the file could not be imported. */
  error?: { vi: string; en: string };
}

/** Export files a folder holds: text copies and saved pages. Pictures, styles and scripts beside them are not exports. */
const exportFile = /\.(txt|html?)$/i;

/**
 * Files to import: the files given, and the exports inside the folders given, subfolders too, in
 * name order. A browser saves a page's pictures in "<page>_files/": those folders are not walked.
 * A path that does not exist, or a folder with no exports, is a mistake on the command line: all
 * of them are named at once, before anything is written.
 */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) missing.push(input);
    else if (info.isDirectory()) {
      const found = await exportsIn(input);
      if (found.length === 0) empty.push(input);
      files.push(...found);
    } else files.push(input);
  }
  if (missing.length > 0) throw new UsageError(`không tìm thấy ${missing.join(', ')}`, `not found: ${missing.join(', ')}`, { hint: false });
  if (empty.length > 0)
    throw new UsageError(`thư mục ${empty.join(', ')} không có tệp nào`, `no files in the folder ${empty.join(', ')}`, { hint: false });
  return files;
}

async function exportsIn(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((d) => !d.name.startsWith('.'));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.endsWith('_files')) files.push(...(await exportsIn(path)));
    } else if (entry.isFile() && exportFile.test(entry.name)) files.push(path);
  }
  return files;
}

/**
 * Imports exports into a content folder. Idempotent: a Vietnamese article of the same year with
 * the same headline and publication time is the same article — left as it is (unchanged, or kept
 * because an editor changed it since). A different article with the same headline that year gets
 * a suffixed slug. Documents added for one file are known to the next, so a folder of exports
 * citing one resolution adds it once. The folder is read once per run (readContent, then each year
 * folder listed once), so a large import does not re-read the archive for every file.
 */
export async function importFiles(
  files: string[],
  options: { out: string; source?: string | undefined; onProgress?: (done: number, total: number, file: string) => void },
): Promise<ImportedFile[]> {
  const content = await readContent(options.out);
  const documents: DocumentEntry[] = [...content.documents];
  const known = new Map(content.entries.flatMap((e) => (e.raw === undefined ? [] : [[e.file, e.raw] as const])));
  const existingArticles = indexExistingArticles(options.out, known);
  const documentsYamlPath = join(options.out, 'documents.yaml');
  let documentsYaml: string | undefined;
  // Districts added for one file are known to the next; the matcher's index is built once.
  const districts = [...content.districts];
  const places = placesFor(content.districts);
  const districtsYamlPath = join(options.out, 'districts.yaml');
  /** Whether districts.yaml ends with a newline, once read: new entries are appended after it. */
  let districtsYamlEnds: boolean | undefined;
  // Year folders made this run: a large import writes thousands of articles into a handful of them.
  const madeFolders = new Set<string>();
  const results: ImportedFile[] = [];
  for (const [n, file] of files.entries()) {
    options.onProgress?.(n, files.length, file);
    try {
      const text = await readFile(file, 'utf8');
      const context = { districts, places, documents, documentIds: content.refs.documents, source: options.source };
      const page = /\.html?$/i.test(file) ? readHtmlExport(text) : null;
      if (page && page.lines.length < 2) {
        throw new NotAnArticle(
          'không thấy bài viết trong trang đã lưu (không có tiêu đề và nội dung)',
          'no article found in the saved page (no headline and text)',
        );
      }
      const conversion = page ? convertLines(page.lines, context, { chrome: page.chrome, body: page.body }) : convertExport(text, context);
      const { title, publishedAt } = conversion.frontmatter;
      const existing = await existingArticles.find(conversion.year, title, publishedAt);
      const slug = existing ? basename(existing.path).replace(/\.mdx?$/, '') : await existingArticles.freeSlug(conversion.year, title);
      if (page && page.photos.length > 0) {
        const placed = await placePhotos(conversion.body, page.photos, {
          htmlFile: file,
          contentDir: options.out,
          year: conversion.year,
          slug,
          title,
          write: !existing,
        });
        conversion.body = placed.body;
        conversion.review.push(...placed.review);
      }
      const comments = reviewComments(conversion.review);
      const articleText = renderArticle(conversion.frontmatter, conversion.body, comments);
      if (existing) {
        const unchanged = existing.text === articleText;
        results.push({
          file,
          status: unchanged ? 'unchanged' : 'kept',
          article: existing.path,
          draft: conversion.draft,
          documentsAdded: [],
          review: unchanged ? conversion.review : [],
        });
        continue;
      }
      // MDX: the converted body writes captions and quotes as <figure> with MDX escapes (legacy/mdx.ts).
      const path = articlePath(options.out, 'vi', conversion.year, slug, 'mdx');
      if (!madeFolders.has(dirname(path))) {
        await mkdir(dirname(path), { recursive: true });
        madeFolders.add(dirname(path));
      }
      await writeFile(path, articleText, { flag: 'wx' });
      await existingArticles.record(conversion.year, { slug, path, text: articleText, title, publishedAt });
      if (conversion.newDocuments.length > 0) {
        documentsYaml ??= await readFile(documentsYamlPath, 'utf8').catch(() => '');
        const updated = appendDocuments(documentsYaml, conversion.newDocuments, `Added by npm run import from ${basename(file)}`);
        await writeFile(documentsYamlPath, updated);
        documentsYaml = updated;
        documents.push(...conversion.newDocuments);
      }
      if (conversion.newDistricts.length > 0) {
        // Appended, not rewritten: an import of a whole country's archive adds hundreds of districts.
        districtsYamlEnds ??= /(^|\n)$/.test(await readFile(districtsYamlPath, 'utf8'));
        const chunk = districtsChunk(conversion.newDistricts, `Added by npm run import from ${basename(file)}`);
        await appendFile(districtsYamlPath, districtsYamlEnds ? chunk : `\n${chunk}`);
        districtsYamlEnds = true;
        districts.push(...conversion.newDistricts);
      }
      results.push({
        file,
        status: 'created',
        article: path,
        draft: conversion.draft,
        documentsAdded: conversion.newDocuments.map((d) => d.id),
        districtsAdded: conversion.newDistricts.map((d) => d.id),
        review: conversion.review,
      });
    } catch (error) {
      // A file that is not an article, or cannot be read or written, fails alone; the others go on.
      const why = error instanceof NotAnArticle ? { vi: error.vi, en: error.message } : describeFileError(error);
      if (!why) throw error;
      results.push({ file, status: 'failed', documentsAdded: [], review: [], error: why });
    }
  }
  options.onProgress?.(files.length, files.length, '');
  return results;
}

/** "# Cần xem lại: … / Review: …" above the fields the review list names. */
function reviewComments(review: ReviewItem[]): Record<string, string> {
  const comments: Record<string, string> = {};
  for (const item of review) {
    const line = `Cần xem lại: ${item.vi}\nReview: ${item.en}`;
    comments[item.field] = comments[item.field] ? `${comments[item.field]}\n${line}` : line;
  }
  return comments;
}
