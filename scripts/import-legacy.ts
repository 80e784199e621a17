/**
 * `npm run import -- FILE… | FOLDER`: converts legacy portal exports (text copied from the old
 * portals; samples in tests/fixtures/seeds/) into MDX articles under content/ (or --out DIR),
 * adding cited documents to documents.yaml. Prints what was done and what an editor must review;
 * --json prints the same as JSON. Importing a file again changes nothing. Usage: --help.
 */
import { join } from 'node:path';
import { contentDir } from '../src/lib/contentDir.ts';
import { readArgs, runCli, UsageError, type Usage } from './lib/cli/commandLine.ts';
import { pathExists } from './lib/fsExists.ts';
import { expandInputs, importFiles } from './lib/legacy/importFiles.ts';
import { formatImportReport, jsonImportReport } from './lib/legacy/report.ts';

const usage: Usage = {
  command: 'npm run import',
  vi: `
Nhập bài từ cổng thông tin cũ: mỗi tệp .txt là chữ của một trang bài (Ctrl+A, Ctrl+C trên trang cũ).

  npm run import -- bai-cu/                    mọi tệp trong thư mục bai-cu
  npm run import -- a.txt b.txt                từng tệp
  npm run import -- bai-cu/ --out /tmp/thu     ghi vào /tmp/thu, một bản sao của thư mục content (để thử)

Tùy chọn:
  --out THƯ_MỤC       thư mục nội dung để ghi bài (mặc định: content); phải có districts.yaml
  --source "Tên báo"  nguồn của bài khi tệp không ghi
  --json              in báo cáo dạng JSON
Điều gì không chắc được ghi vào danh sách cần xem lại và bài là bản nháp. Nhập lại một tệp không tạo bài thứ hai.
Hướng dẫn: docs/editing.md`,
  en: `
Imports articles from the old portals: each .txt file is the text of one article page (Ctrl+A, Ctrl+C).

  npm run import -- old/                       every file in the folder old
  npm run import -- a.txt b.txt                these files
  npm run import -- old/ --out /tmp/try        write into /tmp/try, a copy of the content folder (to try)

Options:
  --out FOLDER        the content folder to write to (default: content); it must hold districts.yaml
  --source "Name"     the article's source when the file does not say
  --json              print the report as JSON
Whatever is uncertain goes into a review list and makes the article a draft. Importing a file again adds nothing.
Guide: docs/editing.md`,
};

await runCli(usage, async () => {
  const { values, positionals } = readArgs(usage, {
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      source: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('cần ít nhất một tệp hoặc thư mục', 'give at least one file or folder');
  const out = values.out ?? contentDir;
  await requireContentFolder(out, values.out !== undefined);
  const files = await expandInputs(positionals);
  const results = await importFiles(files, { out, source: values.source });
  const check = out === contentDir ? 'npm run check' : `BANTIN_CONTENT_DIR=${out} npm run check`;
  process.stdout.write(values.json ? jsonImportReport(results) : formatImportReport(results, check));
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
