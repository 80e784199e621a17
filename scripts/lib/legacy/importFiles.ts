import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { articlePath, renderArticle } from '../articleFile.ts';
import { appendDocuments } from '../documentsFile.ts';
import { readContent, type DocumentEntry } from '../readContent.ts';
import { UsageError } from '../cli/commandLine.ts';
import { describeFileError } from '../cli/fileErrors.ts';
import { appendDistricts } from '../districtsFile.ts';
import { convertExport, NotAnArticle } from './convert.ts';
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

/**
 * Files to import: the files given, and the files directly inside the folders given, in name order.
 * A path that does not exist, or a folder with no files, is a mistake on the command line: all of
 * them are named at once, before anything is written.
 */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) missing.push(input);
    else if (info.isDirectory()) {
      const names = (await readdir(input, { withFileTypes: true })).filter((d) => d.isFile() && !d.name.startsWith('.')).map((d) => d.name);
      if (names.length === 0) empty.push(input);
      files.push(...names.sort().map((n) => join(input, n)));
    } else files.push(input);
  }
  if (missing.length > 0) throw new UsageError(`không tìm thấy ${missing.join(', ')}`, `not found: ${missing.join(', ')}`, { hint: false });
  if (empty.length > 0)
    throw new UsageError(`thư mục ${empty.join(', ')} không có tệp nào`, `no files in the folder ${empty.join(', ')}`, { hint: false });
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
export async function importFiles(files: string[], options: { out: string; source?: string | undefined }): Promise<ImportedFile[]> {
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
  const results: ImportedFile[] = [];
  for (const file of files) {
    try {
      const text = await readFile(file, 'utf8');
      const conversion = convertExport(text, {
        districts,
        places,
        documents,
        documentIds: content.refs.documents,
        source: options.source,
      });
      const comments = reviewComments(conversion.review);
      const articleText = renderArticle(conversion.frontmatter, conversion.body, comments);
      const { title, publishedAt } = conversion.frontmatter;
      const existing = await existingArticles.find(conversion.year, title, publishedAt);
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
      const slug = await existingArticles.freeSlug(conversion.year, title);
      const path = articlePath(options.out, 'vi', conversion.year, slug);
      await mkdir(dirname(path), { recursive: true });
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
        const text = await readFile(districtsYamlPath, 'utf8');
        await writeFile(districtsYamlPath, appendDistricts(text, conversion.newDistricts, `Added by npm run import from ${basename(file)}`));
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
