/**
 * `npm run new`: scaffolds an article so that it is hard to get wrong. Asks for what it needs (in
 * Vietnamese, or English with --lang en or an English LANG), or takes it all from flags with --yes;
 * --translate creates the English file for an existing article. Usage: `npm run new -- --help`.
 *
 * Writes content/articles/vi/{year}/{slug}.md, or .mdx with --mdx for an article that needs a
 * component (under BANTIN_CONTENT_DIR if set); a cited document not
 * yet in documents.yaml is added there once its issuer is known.
 */
import { contentDir } from '../src/lib/contentDir.ts';
import { CliError, readArgs, runCli, UsageError, type Usage } from './lib/cli/commandLine.ts';
import { InputEnded, terminalPrompter } from './lib/cli/prompter.ts';
import { uiLang } from './lib/cli/uiLang.ts';
import { createArticle, translateArticle } from './lib/newArticle/commands.ts';
import { pickListPrompter } from './lib/newArticle/pickListPrompter.ts';
import { both } from './lib/newArticle/text.ts';

const usage: Usage = {
  command: 'npm run new',
  vi: `
Tạo bài mới: content/articles/vi/NĂM/ten-bai.md

  npm run new                        hỏi lần lượt tiêu đề, tóm tắt, địa phương, văn bản, tác giả, ngày giờ
  npm run new -- --lang en           hỏi bằng tiếng Anh
  npm run new -- --translate vi/2024/ten-bai
                                     tạo bản dịch tiếng Anh (articles/en/2024/ten-bai.md, cùng đuôi với bài gốc)
  npm run new -- --yes --title "…" --district tan-tru-long-an --author "…"
                                     không hỏi: mọi mục lấy từ tùy chọn

Tùy chọn (bỏ --yes thì chỉ hỏi những mục còn thiếu):
  --title "…"  --lede "…" (trống: bài là bản nháp)  --district id | tên | "tên, tỉnh"
  --documents "55-NQ/HU, 27/KH-UBND"  --author "…"  --date "01/03/2024 13:32" (trống: bây giờ)
  --topics thi-dua,nong-thon-moi  --slug ten-tep
  --mdx   tạo tệp .mdx thay cho .md: chỉ khi bài cần thành phần (khung, ảnh có chú thích, bộ ảnh)
  văn bản chưa có trong documents.yaml: --issuer "…"  --issuer-en "…"  --issued-on 22/12/2023
Hướng dẫn: docs/editing.md`,
  en: `
Creates an article: content/articles/vi/YEAR/slug.md

  npm run new -- --lang en           asks, in English, for title, lede, district, documents, author, date
  npm run new -- --translate vi/2024/slug
                                     creates the English translation (articles/en/2024/slug.md, the original's format)
  npm run new -- --yes --title "…" --district tan-tru-long-an --author "…"
                                     no questions: everything from the options

Options (without --yes, only what is missing is asked):
  --title "…"  --lede "…" (empty: the article is a draft)  --district id | name | "name, province"
  --documents "55-NQ/HU, 27/KH-UBND"  --author "…"  --date "01/03/2024 13:32" (empty: now)
  --topics thi-dua,nong-thon-moi  --slug file-name
  --mdx   writes an .mdx file instead of .md: only for an article that needs a component (box, captioned photo, gallery)
  documents not in documents.yaml yet: --issuer "…"  --issuer-en "…"  --issued-on 22/12/2023
Guide: docs/editing.md`,
};

const articleOptions = [
  'title',
  'lede',
  'district',
  'documents',
  'author',
  'date',
  'topics',
  'slug',
  'issuer',
  'issuer-en',
  'issued-on',
  'mdx',
];

await runCli(usage, async () => {
  const { values } = readArgs(usage, {
    options: {
      title: { type: 'string' },
      lede: { type: 'string' },
      district: { type: 'string' },
      documents: { type: 'string' },
      author: { type: 'string' },
      date: { type: 'string' },
      topics: { type: 'string' },
      slug: { type: 'string' },
      issuer: { type: 'string' },
      'issuer-en': { type: 'string' },
      'issued-on': { type: 'string' },
      mdx: { type: 'boolean' },
      translate: { type: 'string' },
      lang: { type: 'string' },
      yes: { type: 'boolean', short: 'y', default: false },
    },
  });
  if (values.lang !== undefined && values.lang !== 'vi' && values.lang !== 'en')
    throw new UsageError(...both((t) => t.badLang(values.lang ?? '')));
  const lang = uiLang(values.lang);

  if (values.translate !== undefined) {
    const others = articleOptions.filter((name) => values[name as keyof typeof values] !== undefined).map((name) => `--${name}`);
    if (others.length > 0) throw new UsageError(...both((t) => t.translateWithOthers(others)));
    process.stdout.write(`${(await translateArticle(contentDir, values.translate, lang)).join('\n')}\n`);
    return 0;
  }

  // A person at a terminal gets pick-lists with type-ahead; piped answers (scripts, tests) are read line by line.
  const prompter = values.yes ? null : process.stdin.isTTY && process.stdout.isTTY ? pickListPrompter() : terminalPrompter();
  // Ctrl-C during the questions: say that nothing was written (files are written after the last answer).
  const cancel = () => {
    process.stderr.write(`\n${both((t) => t.cancelled).join(' / ')}\n`);
    process.exit(130);
  };
  if (prompter) process.once('SIGINT', cancel);
  try {
    const lines = await createArticle(contentDir, values, lang, prompter);
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputEnded) throw new CliError(...both((t) => t.inputEnded));
    throw error;
  } finally {
    process.off('SIGINT', cancel);
    prompter?.close();
  }
});
