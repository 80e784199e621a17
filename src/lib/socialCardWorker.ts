import { parentPort } from 'node:worker_threads';
import type { SocialCardInput } from './socialCard.ts';
import { socialCardPng } from './socialCardRender.ts';

/**
 * The worker thread of src/lib/socialCardRender.ts `prerenderCards`: renders (or reads from the
 * cache) one card per message, in the order asked, and sends the PNG bytes back. Run by Node
 * directly from src/ (type stripping), not bundled: the build starts it by its path.
 */
export interface CardRequest {
  id: number;
  input: SocialCardInput;
}
export type CardReply = { id: number; png: Uint8Array; cached: boolean } | { id: number; error: string };

parentPort?.on('message', (request: CardRequest) => {
  socialCardPng(request.input).then(
    ({ png, cached }) => {
      // A copy of exactly these bytes (Node may pool small buffers), moved rather than cloned.
      const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
      parentPort!.postMessage({ id: request.id, png: bytes, cached } satisfies CardReply, [bytes.buffer]);
    },
    (error: unknown) => parentPort!.postMessage({ id: request.id, error: String(error) } satisfies CardReply),
  );
});
