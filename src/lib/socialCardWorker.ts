import { parentPort } from 'node:worker_threads';
import type { CardReply, CardRequest } from './socialCardMessages.ts';
import { writeCard } from './socialCardRender.ts';

/**
 * The worker thread of src/lib/socialCardRender.ts `prerenderCards`: draws one card per message,
 * in the order asked, into its cache file, and says when it is there (the bytes stay on disk).
 * Run by Node directly from src/ (type stripping), not bundled: the build starts it by its path.
 */

// Every card is started as it arrives, not one after another. A cold build's cards then take both
// cores for a moment and Astro's thread pauses (1.3-2.3 s at 10,000 articles with ~320 cards, 6 s
// with ~1,100; a larger libuv pool did not remove it, docs/performance.md). Drawn one at a time the
// pause goes, but the cards get a smaller share of the cores and the card routes wait for them at
// the end: 5,000 articles built in 60-63 s against 55-57 s.
parentPort?.on('message', (request: CardRequest) => {
  writeCard(request.tree, request.file).then(
    () => parentPort!.postMessage({ id: request.id } satisfies CardReply),
    (error: unknown) => parentPort!.postMessage({ id: request.id, error: String(error) } satisfies CardReply),
  );
});
