import type { CardNode } from './socialCard.ts';

/**
 * The messages between src/lib/socialCardRender.ts `prerenderCards` and its worker thread
 * (src/lib/socialCardWorker.ts), in a module of their own so that neither file imports the other
 * for its types: the worker imports the renderer, the renderer only starts the worker by its path.
 */

/** One card to draw: its element tree and its cache file, worked out once by the main thread. */
export interface CardRequest {
  id: number;
  tree: CardNode;
  file: string;
}

/** The card is in its cache file, or could not be drawn (the main thread then draws it itself). */
export type CardReply = { id: number } | { id: number; error: string };
