import { parentPort, workerData } from 'node:worker_threads';
import { close } from 'pagefind';
import { buildBundle, type BundleKind, type BundleStats } from './pagefind.ts';

/**
 * The worker thread of src/integrations/pagefind.ts: builds one search bundle with a Pagefind
 * process of its own, so two bundles are built on two cores. Run by Node directly from src/ (type
 * stripping), not bundled: the build starts it by its path.
 */
export interface IndexRequest {
  kind: BundleKind;
  siteDir: string;
  files: string[];
  outputPath: string;
}
export type IndexReply = { stats: BundleStats } | { error: string };

if (parentPort && workerData) {
  const request = workerData as IndexRequest;
  let reply: IndexReply;
  try {
    reply = { stats: await buildBundle(request.kind, request.siteDir, request.files, request.outputPath) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  } finally {
    await close();
  }
  parentPort.postMessage(reply);
}
