/**
 * `npm run check:content`, the content half of `npm run check` (scripts/check.ts runs `astro check`
 * first): validates the content folder the site builds from (content/, or BANTIN_CONTENT_DIR) and
 * prints every problem in Vietnamese and English. Exits 1 when there is any error; warnings
 * (drafts, translation differences) do not fail it.
 */
import { stat } from 'node:fs/promises';
import { contentDir } from '../src/lib/contentDir.ts';
import { readArgs, runCli, UsageError, type Usage } from './lib/cli/commandLine.ts';
import { checkContent } from './lib/checkContent.ts';
import { formatReport } from './lib/report.ts';

const usage: Usage = {
  command: 'npm run check:content',
  vi: `
Kiểm tra nội dung (phần nội dung của npm run check, không có astro check): thông tin đầu bài,
địa phương, văn bản, bản dịch, tên tệp, liên kết, ảnh, bản nháp.

  npm run check:content
  BANTIN_CONTENT_DIR=/tmp/thu npm run check:content     một thư mục nội dung khác

Mỗi vấn đề in hai dòng, tiếng Việt rồi tiếng Anh: tệp:dòng  trường  điều sai  →  cách sửa.
LỖI chặn việc đăng (mã thoát 1); CẢNH BÁO thì không.`,
  en: `
Checks the content (the content half of npm run check, without astro check): frontmatter,
districts, documents, translations, file names, links, images, drafts.

  npm run check:content
  BANTIN_CONTENT_DIR=/tmp/try npm run check:content     another content folder

Each problem prints two lines, Vietnamese then English: file:line  field  what is wrong  →  how to fix.
ERRORs block publishing (exit code 1); WARNINGs do not.`,
};

await runCli(usage, async () => {
  readArgs(usage, { options: {} });
  const folder = await stat(contentDir).catch(() => null);
  if (!folder?.isDirectory())
    throw new UsageError(
      `không tìm thấy thư mục nội dung ${contentDir} (BANTIN_CONTENT_DIR)`,
      `the content folder ${contentDir} does not exist (BANTIN_CONTENT_DIR)`,
      { hint: false },
    );
  const { problems, counts } = await checkContent(contentDir);
  process.stdout.write(formatReport(problems, counts, process.stdout.isTTY === true));
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
});
