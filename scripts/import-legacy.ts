/**
 * `npm run import -- FILE… | FOLDER`: converts legacy portal exports (text copied from the old
 * portals, samples in tests/fixtures/seeds/; saved article pages with their photos, samples in
 * tests/fixtures/html-exports/) into MDX articles under content/ (or --out DIR), adding cited
 * documents to documents.yaml and the districts it recognises to districts.yaml. Writes what was
 * done and what an editor must review to a report file and the screen; --json prints it as JSON.
 * Importing a file again changes nothing. Usage: --help.
 */
import { join } from 'node:path';
import { contentDir } from '../src/lib/contentDir.ts';
import { readArgs, runCli, UsageError, type Usage } from './lib/cli/commandLine.ts';
import { pathExists } from './lib/fsExists.ts';
import { expandInputs, importFiles } from './lib/legacy/importFiles.ts';
import { writeFile } from 'node:fs/promises';
import { progressReporter } from './lib/legacy/progress.ts';
import { formatImportReport, jsonImportReport } from './lib/legacy/report.ts';

const usage: Usage = {
  command: 'npm run import',
  vi: `
Nhập bài từ cổng thông tin cũ: mỗi tệp .txt là chữ của một trang bài (Ctrl+A, Ctrl+C trên trang cũ),
mỗi tệp .html là một trang bài đã lưu (Lưu trang thành…), ảnh để cạnh trang.

  npm run import -- bai-cu/                    mọi tệp .txt, .html trong thư mục bai-cu (cả thư mục con)
  npm run import -- a.txt b.txt                từng tệp
  npm run import -- bai-cu/ --out /tmp/thu     ghi vào /tmp/thu, một bản sao của thư mục content (để thử)

Tùy chọn:
  --out THƯ_MỤC       thư mục nội dung để ghi bài (mặc định: content); phải có districts.yaml
  --source "Tên báo"  nguồn của bài khi tệp không ghi
  --json              in báo cáo dạng JSON
  --report TỆP        ghi báo cáo đầy đủ vào TỆP (mặc định: import-report.txt)
Điều gì không chắc được ghi vào danh sách cần xem lại và bài là bản nháp. Nhập lại một tệp không tạo bài thứ hai.
Hướng dẫn: docs/editing.md`,
  en: `
Imports articles from the old portals: each .txt file is the text of one article page (Ctrl+A, Ctrl+C),
each .html file a saved article page (Save page as…) with its photos beside it.

  npm run import -- old/                       every .txt and .html file in the folder old (subfolders too)
  npm run import -- a.txt b.txt                these files
  npm run import -- old/ --out /tmp/try        write into /tmp/try, a copy of the content folder (to try)

Options:
  --out FOLDER        the content folder to write to (default: content); it must hold districts.yaml
  --source "Name"     the article's source when the file does not say
  --json              print the report as JSON
  --report FILE       write the full report to FILE (default: import-report.txt)
Whatever is uncertain goes into a review list and makes the article a draft. Importing a file again adds nothing.
Guide: docs/editing.md`,
};

/** From how many files the screen shows only the files that need a look. */
const briefFrom = 50;

await runCli(usage, async () => {
  const { values, positionals } = readArgs(usage, {
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      source: { type: 'string' },
      report: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('cần ít nhất một tệp hoặc thư mục', 'give at least one file or folder');
  const out = values.out ?? contentDir;
  await requireContentFolder(out, values.out !== undefined);
  const files = await expandInputs(positionals);
  const results = await importFiles(files, { out, source: values.source, onProgress: progressReporter(process.stderr) });
  const check = out === contentDir ? 'npm run check' : `BANTIN_CONTENT_DIR=${out} npm run check`;
  const reportFile = values.report ?? 'import-report.txt';
  const full = values.json ? jsonImportReport(results) : formatImportReport(results, check);
  await writeFile(reportFile, full);
  // Thousands of files would bury the ones that need a look: the screen then lists only those.
  const brief = !values.json && results.length > briefFrom;
  process.stdout.write(brief ? formatImportReport(results, check, { brief: true }) : full);
  if (!values.json) process.stdout.write(`Báo cáo đầy đủ / Full report: ${reportFile}\n`);
  return results.some((r) => r.status === 'failed') ? 1 : 0;
});

/**
 * Articles are matched against the folder's districts.yaml and documents.yaml: importing into an
 * empty folder would find no district and invent every document, so it is refused.
 */
async function requireContentFolder(dir: string, fromFlag: boolean): Promise<void> {
  if (!(await pathExists(join(dir, 'districts.yaml')))) {
    const name = fromFlag ? `--out ${dir}` : dir;
    throw new UsageError(
      `${name} không phải thư mục nội dung (không có districts.yaml); để thử, chép cả thư mục content sang đó trước`,
      `${name} is not a content folder (no districts.yaml); to try things out, copy the whole content folder there first`,
    );
  }
}
