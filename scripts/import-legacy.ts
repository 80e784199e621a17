/**
 * `npm run import -- FILE… | FOLDER`: converts legacy portal exports (text copied from the old
 * portals; samples in tests/fixtures/seeds/) into draft-checked MDX articles under content/ (or --out DIR),
 * adding cited documents to documents.yaml. Prints what was done and what an editor must review;
 * --json prints the same as JSON. Importing a file again changes nothing.
 *
 *   npm run import -- exports/                       a folder of exports
 *   npm run import -- a.txt b.txt --out /tmp/try     try it without touching content/
 *   npm run import -- exports/ --source "Báo Long An" --json
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/contentDir.ts';
import { expandInputs, importFiles } from './lib/legacy/importFiles.ts';
import { formatImportReport, jsonImportReport } from './lib/legacy/report.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: contentDir },
    json: { type: 'boolean', default: false },
    source: { type: 'string' },
  },
});

if (positionals.length === 0) {
  process.stderr.write('Dùng / Usage: npm run import -- FILE… | FOLDER [--out DIR] [--json] [--source "Tên báo"]\n');
  process.exit(1);
}

const results = await importFiles(await expandInputs(positionals), { out: values.out, source: values.source });
process.stdout.write(values.json ? jsonImportReport(results) : formatImportReport(results));
process.exitCode = results.some((r) => r.status === 'failed') ? 1 : 0;
