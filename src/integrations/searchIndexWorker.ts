import { parentPort, workerData } from 'node:worker_threads';
import { closePagefind, LocalBundles } from './pagefindBundles.ts';
import type { WorkerData, WorkerReply, WorkerRequest } from './searchIndexMessages.ts';

/**
 * The worker thread of src/integrations/searchIndexer.ts (started by src/integrations/workerBundles.ts):
 * builds the bundles it is handed with a Pagefind process of its own, so bundles are built on
 * several cores at once. Run by Node directly from src/ (type stripping), not bundled: the build
 * starts it by its path.
 */
if (parentPort) {
  const port = parentPort;
  const reply = (message: WorkerReply) => port.postMessage(message);
  const failed = (error: unknown) => reply({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  const bundles = new LocalBundles((workerData as WorkerData | undefined)?.behind ?? false);
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
