/**
 * `npm run new`: scaffolds an article so that it is hard to get wrong. Asks for what it needs (in
 * Vietnamese, or English with --lang en or an English LANG), or takes it all from flags with --yes:
 *
 *   npm run new
 *   npm run new -- --title "…" --district tan-tru-long-an --documents "55-NQ/HU" --author "Thanh Mỹ" \
 *                  --date "01/03/2024 13:32" --lede "…" --yes
 *   npm run new -- --translate vi/2024/tan-tru-phat-dong-thi-dua      (creates the English file)
 *
 * Writes content/articles/vi/{year}/{slug}.mdx (or BANTIN_CONTENT_DIR); a cited document not yet in
 * documents.yaml is added there once its issuer is known.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/contentDir.ts';
import { createArticle, translateArticle, UsageError } from './lib/newArticle/commands.ts';
import { uiLang } from './lib/cli/uiLang.ts';
import { terminalPrompter } from './lib/cli/prompter.ts';

const { values } = parseArgs({
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
    translate: { type: 'string' },
    lang: { type: 'string' },
    yes: { type: 'boolean', short: 'y', default: false },
  },
});

const lang = uiLang(values.lang);
const prompter = values.yes || values.translate ? null : terminalPrompter();
try {
  const lines = values.translate
    ? await translateArticle(contentDir, values.translate, lang)
    : await createArticle(contentDir, values, lang, prompter);
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
} finally {
  prompter?.close();
}
