import { parentPort, workerData } from 'node:worker_threads';
import { LocalBundles } from './pagefindBundles.ts';
import type { WorkerData, WorkerReply, WorkerRequest } from './searchIndexMessages.ts';

/**
 * The worker thread of src/integrations/searchIndexer.ts (started by src/integrations/workerBundles.ts):
 * stages the pages of the bundles it is handed and writes them with Pagefind's command, so pages
 * are read and cut beside the thread that renders them. Run by Node directly from src/ (type
 * stripping), not bundled: the build starts it by its path.
 */
if (parentPort) {
  const port = parentPort;
  const reply = (message: WorkerReply) => port.postMessage(message);
  const failed = (error: unknown) => reply({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  const { behind, stage, cache } = workerData as WorkerData;
  const bundles = new LocalBundles(behind, stage, cache);
  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'add') {
      bundles.add(request.targets, request.sourcePath, request.page).then(() => reply({ type: 'added' }), failed);
    } else if (request.type === 'close') {
      bundles.close();
      port.close();
    } else {
      bundles.write(request.target, request.outputPath).then((stats) => reply({ type: 'written', dir: request.target.dir, stats }), failed);
    }
  });
  reply({ type: 'ready' });
}
