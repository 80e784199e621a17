/**
 * npm run bench:import -- [--files N] [--out DIR]
 *
 * Measures `npm run import` on N synthetic exports (scripts/bench/lib/htmlExports.ts; default
 * 10,000): wall time and peak resident memory of importing them as saved pages (a photo beside one
 * page in three), against the baseline of the same articles as text exports, measured in the same
 * run; then the saved pages again into the same folder, which must add nothing. Writes the exports,
 * the content folders and the logs under DIR (default bench-out/import), never into content/.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { readArgs, runCli, UsageError, type Usage } from '../lib/cli/commandLine.ts';
import { syntheticExport } from './lib/htmlExports.ts';
import { runMeasured, type BuildRun } from './lib/measure.ts';
import { formatBytes, formatDuration, ratio } from './lib/stats.ts';
import { createRandom } from './lib/corpus/random.ts';

const usage: Usage = {
  command: 'npm run bench:import',
  vi: `Đo npm run import trên N trang xuất tổng hợp: thời gian và bộ nhớ đỉnh khi nhập trang đã lưu, so với cùng các bài
ở dạng chữ đo trong cùng lần chạy, rồi nhập lại lần nữa (không được thêm gì). Ghi vào THƯ-MỤC, không bao giờ vào content/.
  npm run bench:import -- [--files 10000] [--out bench-out/import]`,
  en: `Measures npm run import on N synthetic exports: wall time and peak memory of importing saved pages, against the same
articles as text exports measured in the same run, then a second import, which must add nothing. Writes under DIR, never content/.
  npm run bench:import -- [--files 10000] [--out bench-out/import]`,
};

function options(): { count: number; out: string } {
  const { values } = readArgs(usage, {
    options: { files: { type: 'string', default: '10000' }, out: { type: 'string', default: 'bench-out/import' } },
  });
  const count = Number(values.files);
  if (!Number.isInteger(count) || count < 1) throw new UsageError('--files cần một số nguyên dương', '--files needs a positive integer');
  const out = resolve(values.out);
  if (resolve('content').startsWith(out))
    throw new UsageError(`${out} chứa nội dung thật; chọn --out khác`, `${out} holds the real content; choose another --out`);
  return { count, out };
}

async function writeExports(count: number, html: string, text: string): Promise<void> {
  mkdirSync(html, { recursive: true });
  mkdirSync(text, { recursive: true });
  const photo = await sharp({ create: { width: 800, height: 533, channels: 3, background: { r: 40, g: 110, b: 60 } } })
    .jpeg({ quality: 70 })
    .toBuffer();
  const random = createRandom('bench-import');
  for (let i = 0; i < count; i++) {
    const page = syntheticExport(i, random);
    writeFileSync(join(html, `${page.name}.html`), page.html);
    writeFileSync(join(text, `${page.name}.txt`), page.text);
    if (page.photo) {
      mkdirSync(join(html, `${page.name}_files`), { recursive: true });
      writeFileSync(join(html, `${page.name}_files`, 'photo.jpg'), photo);
    }
  }
}

function contentFolder(out: string, name: string): string {
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  copyFileSync('content/districts.yaml', join(dir, 'districts.yaml'));
  copyFileSync('content/documents.yaml', join(dir, 'documents.yaml'));
  return dir;
}

async function importRun(out: string, label: string, exportsDir: string, contentDir: string): Promise<BuildRun> {
  const run = await runMeasured(
    process.execPath,
    ['scripts/import-legacy.ts', exportsDir, '--out', contentDir, '--json', '--report', join(out, `${label}.json`)],
    {
      cwd: process.cwd(),
      env: process.env,
      logFile: join(out, `${label}.log`),
    },
  );
  const summary = JSON.parse(readFileSync(join(out, `${label}.json`), 'utf8')).summary;
  console.log(`${label}: ${formatDuration(run.wallMs)}, peak ${formatBytes(run.peakRssBytes)}, ${JSON.stringify(summary)}`);
  return run;
}

async function main(): Promise<number> {
  const { count, out } = options();
  rmSync(out, { recursive: true, force: true });
  const html = join(out, 'exports-html');
  const text = join(out, 'exports-text');
  await writeExports(count, html, text);

  const textRun = await importRun(out, 'text', text, contentFolder(out, 'content-text'));
  const htmlContent = contentFolder(out, 'content-html');
  const htmlRun = await importRun(out, 'html', html, htmlContent);
  const again = await importRun(out, 'html-again', html, htmlContent);
  console.log(
    `${count} exports: saved pages ${formatDuration(htmlRun.wallMs)} (${ratio(htmlRun.wallMs, textRun.wallMs)?.toFixed(2)}x the text exports' ${formatDuration(textRun.wallMs)}), ` +
      `peak ${formatBytes(htmlRun.peakRssBytes)} (${ratio(htmlRun.peakRssBytes, textRun.peakRssBytes)?.toFixed(2)}x); ` +
      `second import ${formatDuration(again.wallMs)} (${ratio(again.wallMs, htmlRun.wallMs)?.toFixed(2)}x the first), peak ${formatBytes(again.peakRssBytes)}`,
  );
  return 0;
}

await runCli(usage, main);
