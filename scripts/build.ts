/**
 * `npm run build`: `astro build`, with the search bundles written into its output folder once Astro
 * has finished (scripts/lib/buildWithSearchIndex.ts says why). `astro build` alone also makes them,
 * inside Astro's process, with more memory at once.
 */
import { readArgsOrExit, type Usage } from './lib/cli/commandLine.ts';
import { buildWithSearchIndex } from './lib/buildWithSearchIndex.ts';

const usage: Usage = {
  command: 'npm run build',
  vi: `Dựng trang vào dist/ (astro build) cùng chỉ mục tìm kiếm, viết sau khi Astro dựng xong.
  npm run build [-- --outDir THƯ-MỤC]`,
  en: `Builds the site into dist/ (astro build) with its search index, written once Astro has finished.
  npm run build [-- --outDir DIR]`,
};

const { values } = readArgsOrExit(usage, { options: { outDir: { type: 'string' } } });
const { exitCode } = await buildWithSearchIndex(values.outDir === undefined ? [] : ['--outDir', values.outDir]);
process.exitCode = exitCode;
