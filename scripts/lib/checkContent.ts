import { checkArticles } from '../../src/lib/contentRules.ts';
import type { Problem } from '../../src/lib/contentRules/problem.ts';
import { readContent } from './readContent.ts';
import type { Counts } from './report.ts';

/** Every content problem in a folder: reading and schema problems, then the cross-file rules. */
export async function checkContent(dir: string): Promise<{ problems: Problem[]; counts: Counts }> {
  const content = await readContent(dir);
  const problems = [...content.problems, ...checkArticles(content.entries, content.refs)];
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    problems,
    counts: { articles: content.articleFiles, districts: content.districts.length, documents: content.documents.length },
  };
}
