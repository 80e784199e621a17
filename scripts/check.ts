/**
 * `npm run check`: the type check (`astro check`) and the content check (scripts/check-content.ts),
 * both always run, so content problems are printed even when the type check fails on code an
 * editor never touches. Exits 1 if either failed. Usage: `npm run check -- --help`.
 */
import { fileURLToPath } from 'node:url';
import { readArgs, runCli, type Usage } from './lib/cli/commandLine.ts';
import { runChecks, type CheckStep } from './lib/checkRunner.ts';

const usage: Usage = {
  command: 'npm run check',
  vi: `
Kiểm tra trước khi đăng: kiểu dữ liệu trong mã nguồn (astro check), rồi toàn bộ nội dung
(thông tin đầu bài, địa phương, văn bản, bản dịch, tên tệp, liên kết, ảnh, bản nháp).

  npm run check
  BANTIN_CONTENT_DIR=/tmp/thu npm run check      kiểm tra một thư mục nội dung khác

Mỗi lỗi nội dung in: tệp:dòng  trường  điều sai  →  cách sửa. LỖI chặn việc đăng; CẢNH BÁO thì không.
Chỉ kiểm tra nội dung (nhanh hơn): npm run check:content. Hướng dẫn: docs/editing.md`,
  en: `
Checks before publishing: types in the source code (astro check), then all the content
(frontmatter, districts, documents, translations, file names, links, images, drafts).

  npm run check
  BANTIN_CONTENT_DIR=/tmp/try npm run check      check another content folder

Each content problem prints: file:line  field  what is wrong  →  how to fix. ERRORs block publishing; WARNINGs do not.
Content only (faster): npm run check:content. Guide: docs/editing.md`,
};

const script = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const steps: CheckStep[] = [
  {
    title: { vi: 'Kiểu dữ liệu trong mã nguồn (astro check)', en: 'Types in the source code (astro check)' },
    command: [process.execPath, script('../node_modules/astro/bin/astro.mjs'), 'check'],
    passed: { vi: 'không có lỗi.', en: 'no errors.' },
    failed: {
      vi: 'có lỗi (xem phía trên). Lỗi trong tệp .ts hay .astro là lỗi mã nguồn, không phải của bài viết: báo người phụ trách kỹ thuật.',
      en: 'errors (see above). Errors in .ts or .astro files are in the source code, not in articles: tell whoever maintains the site.',
    },
  },
  {
    title: { vi: 'Nội dung', en: 'Content' },
    command: [process.execPath, script('./check-content.ts')],
    passed: { vi: 'nội dung hợp lệ.', en: 'the content is valid.' },
    failed: {
      vi: 'có LỖI trong nội dung (xem phía trên): sửa theo gợi ý sau dấu →, rồi chạy lại npm run check.',
      en: 'the content has ERRORs (see above): fix them as the text after → says, then run npm run check again.',
    },
  },
];

await runCli(usage, async () => {
  readArgs(usage, { options: {} });
  return (await runChecks(steps)) ? 0 : 1;
});
