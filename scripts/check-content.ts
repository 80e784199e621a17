/**
 * `npm run check` (after `astro check`): validates the content folder the site builds from
 * (content/, or BANTIN_CONTENT_DIR) and prints every problem in Vietnamese and English.
 * Exits 1 when there is any error; warnings (drafts, translation differences) do not fail it.
 */
import { contentDir } from '../src/lib/contentDir.ts';
import { checkContent } from './lib/checkContent.ts';
import { formatReport } from './lib/report.ts';

const { problems, counts } = await checkContent(contentDir);
process.stdout.write(formatReport(problems, counts, process.stdout.isTTY === true));
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
