/**
 * `npm run bench:cards`: what an article's social card costs to draw with its cover photo, beside
 * the text card drawn in the same run. Each round draws `--cards` cards of each kind, alternating
 * text and photo so a burst of load elsewhere hits both, with the renderer the build uses
 * (satori, then sharp; no cache). The photo is a 1600 px, 200-400 KB JPEG like a portal's cover.
 *
 *   npm run bench:cards -- [--cards 40] [--rounds 3]
 *
 * Prints the median milliseconds per card of each kind and their ratio, per round and over rounds.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readArgs, runCli, UsageError, type Usage } from '../lib/cli/commandLine.ts';
import { cardTree, type SocialCardInput } from '../../src/lib/socialCard.ts';
import { renderCardTree } from '../../src/lib/socialCardRender.ts';
import { benchPhoto } from './lib/benchPhoto.ts';
import { median } from './lib/stats.ts';

const usage: Usage = {
  command: 'npm run bench:cards',
  vi: `Đo thời gian vẽ thẻ chia sẻ có ảnh bìa so với thẻ chỉ có chữ, trong cùng một lần chạy.
  npm run bench:cards -- [--cards 40] [--rounds 3]`,
  en: `Measures drawing a social card with its cover photo against the text-only card, in the same run.
  npm run bench:cards -- [--cards 40] [--rounds 3]`,
};

const count = (name: string, text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} phải là số nguyên dương`, `--${name} takes a positive integer`);
  return n;
};

async function main(): Promise<number> {
  const { values } = readArgs(usage, {
    options: { cards: { type: 'string', default: '40' }, rounds: { type: 'string', default: '3' } },
  });
  const cards = count('cards', values.cards);
  const rounds = count('rounds', values.rounds);
  const scratch = mkdtempSync(join(tmpdir(), 'bantin-card-bench-'));
  try {
    // One photo per card, as in a build where every article has its own cover.
    const photos: string[] = [];
    for (let i = 0; i < cards; i++) {
      const file = join(scratch, `cover-${i}.jpg`);
      writeFileSync(file, await benchPhoto(i + 1));
      photos.push(file);
    }
    const input = (i: number, photo?: string): SocialCardInput => ({
      lang: 'vi',
      // A different title each card, of a legacy portal's usual length.
      title: `Huyện Châu Thành tổ chức hội nghị tổng kết phong trào thi đua yêu nước năm 2024, số ${i + 1}`,
      kicker: 'Châu Thành, Bến Tre',
      footer: '26/01/2024 - 08:30',
      siteName: 'Bản tin',
      ...(photo ? { photo } : {}),
    });
    const time = async (tree: ReturnType<typeof cardTree>): Promise<number> => {
      const start = performance.now();
      await renderCardTree(tree);
      return performance.now() - start;
    };
    // Fonts and libraries load on the first card: not part of any card's time.
    await renderCardTree(cardTree(input(0, photos[0])));
    const ratios: number[] = [];
    console.log('round  text card  photo card  ratio');
    for (let round = 1; round <= rounds; round++) {
      const text: number[] = [];
      const photo: number[] = [];
      for (let i = 0; i < cards; i++) {
        text.push(await time(cardTree(input(i))));
        photo.push(await time(cardTree(input(i, photos[i]))));
      }
      const ratio = median(photo) / median(text);
      ratios.push(ratio);
      console.log(`${round}      ${median(text).toFixed(1)} ms    ${median(photo).toFixed(1)} ms     ${ratio.toFixed(2)}×`);
    }
    console.log(`median of ${rounds} rounds × ${cards} cards: the photo card takes ${median(ratios).toFixed(2)}× the text card`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return 0;
}

await runCli(usage, main);
