import { parentPort } from 'node:worker_threads';
import { closePagefind, LocalBundles, type BundleStats, type BundleTarget } from './searchIndexer.ts';

/**
 * The worker thread of src/integrations/searchIndexer.ts: builds the bundles it is handed with a
 * Pagefind process of its own, so bundles are built on several cores at once. Run by Node directly from
 * src/ (type stripping), not bundled: the build starts it by its path.
 */
export type WorkerRequest =
  /** A built page, as the bytes of its HTML, for the bundles of `targets`. */
  | { type: 'add'; targets: readonly BundleTarget[]; sourcePath: string; page: Uint8Array }
  | { type: 'write'; target: BundleTarget; outputPath: string }
  /** Stops this thread's Pagefind process; the thread then ends. */
  | { type: 'close' };
export type WorkerReply =
  { type: 'ready' } | { type: 'added' } | { type: 'written'; dir: string; stats: BundleStats } | { type: 'failed'; error: string };

if (parentPort) {
  const port = parentPort;
  const reply = (message: WorkerReply) => port.postMessage(message);
  const failed = (error: unknown) => reply({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  const bundles = new LocalBundles();
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'add') {
      bundles.add(request.targets, request.sourcePath, request.page).then(() => reply({ type: 'added' }), failed);
    } else if (request.type === 'close') {
      void closePagefind().finally(() => port.close());
    } else {
      bundles.write(request.target, request.outputPath).then((stats) => reply({ type: 'written', dir: request.target.dir, stats }), failed);
    }
  });
  reply({ type: 'ready' });
}
