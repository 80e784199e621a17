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

parentPort?.on('message', (request: CardRequest) => {
  writeCard(request.tree, request.file).then(
    () => parentPort!.postMessage({ id: request.id } satisfies CardReply),
    (error: unknown) => parentPort!.postMessage({ id: request.id, error: String(error) } satisfies CardReply),
  );
});
