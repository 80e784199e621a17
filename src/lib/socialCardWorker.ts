import { existsSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { CardNode } from './socialCard.ts';
import { cardFile, writeCard } from './socialCardRender.ts';

/**
 * The worker thread of src/lib/socialCardRender.ts: draws cards into their cache files and says
 * when each is there (the bytes stay on disk). Two kinds of work:
 * - `ahead`: at the start of a build, work out which cards the build will ask for from the content
 *   files (src/lib/cardsAhead.ts) and draw the missing ones, one after another, while Astro's
 *   thread reads the content and bundles;
 * - `draw`: one card a card route's getStaticPaths asked for; if it is already being drawn ahead,
 *   the answer waits for that drawing instead of starting a second one.
 * Run by Node directly from src/ (type stripping), not bundled: the build starts it by its path.
 */
export type CardRequest =
  { type: 'draw'; id: number; tree: CardNode; file: string } | { type: 'ahead'; contentDir: string; host: string | undefined };

export type CardReply =
  /** `ahead`: the card was drawn by the `ahead` request, not for this one. */
  | { type: 'drawn'; id: number; ahead: boolean }
  | { type: 'failed'; id: number; error: string }
  /** The `ahead` request is done: how many cards it drew (those already cached are not counted). */
  | { type: 'ahead'; drawn: number };

/** Every card this thread has started drawing, by cache file, and whether `ahead` started it. */
const drawing = new Map<string, { done: Promise<unknown>; ahead: boolean }>();

const reply = (message: CardReply) => parentPort!.postMessage(message);

parentPort?.on('message', (request: CardRequest) => {
  if (request.type === 'ahead') {
    drawAhead(request.contentDir, request.host).then(
      (drawn) => reply({ type: 'ahead', drawn }),
      // Only a head start: the routes will ask for every card anyway.
      () => reply({ type: 'ahead', drawn: 0 }),
    );
    return;
  }
  const { id, tree, file } = request;
  let card = drawing.get(file);
  if (!card) drawing.set(file, (card = { done: writeCard(tree, file), ahead: false }));
  const { ahead } = card;
  card.done.then(
    () => reply({ type: 'drawn', id, ahead }),
    (error: unknown) => reply({ type: 'failed', id, error: String(error) }),
  );
});

async function drawAhead(contentDir: string, host: string | undefined): Promise<number> {
  // Loaded here, not at the top: a worker that only draws what it is asked never reads the content.
  const { cardsAhead } = await import('./cardsAhead.ts');
  let drawn = 0;
  // One card at a time, in the routes' order: the first core is busy, and a queue of drawings
  // started all at once would hold every SVG in memory.
  let previous: Promise<unknown> = Promise.resolve();
  for (const input of await cardsAhead(contentDir, host)) {
    const { tree, file } = await cardFile(input);
    if (drawing.has(file) || existsSync(file)) continue;
    const done = previous.then(() => writeCard(tree, file)).then(() => drawn++);
    drawing.set(file, { done, ahead: true });
    previous = done.catch(() => undefined);
  }
  await previous;
  return drawn;
}
