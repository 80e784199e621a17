import { parentPort } from 'node:worker_threads';
import type { CardNode } from './socialCard.ts';
import { writeCard } from './socialCardRender.ts';

/**
 * The worker thread of src/lib/socialCardRender.ts `prerenderCards`: draws one card per message,
 * in the order asked, into its cache file, and says when it is there (the bytes stay on disk).
 * Run by Node directly from src/ (type stripping), not bundled: the build starts it by its path.
 */
export interface CardRequest {
  id: number;
  /** The card's element tree and its cache file, worked out once by the main thread. */
  tree: CardNode;
  file: string;
}
export type CardReply = { id: number } | { id: number; error: string };

// Every card is started as it arrives, not one after another. Each of sharp's calls holds one of
// libuv's four pool threads (the rasterising itself runs in libvips's threads), and Astro's file
// writes wait for the same pool: a cold build's 1,100 cards take the pool and both cores for a few
// seconds (a 6.4 s pause of Astro's thread at 10,000 articles). Drawn one at a time the pause goes,
// but the cards get a smaller share of the cores and the card routes wait for them at the end:
// 5,000 articles built in 60-63 s against 55-57 s (docs/performance.md, session 7).
parentPort?.on('message', (request: CardRequest) => {
  writeCard(request.tree, request.file).then(
    () => parentPort!.postMessage({ id: request.id } satisfies CardReply),
    (error: unknown) => parentPort!.postMessage({ id: request.id, error: String(error) } satisfies CardReply),
  );
});
