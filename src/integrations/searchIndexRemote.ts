import type { Lang } from '../i18n/locales.ts';
import { inFlight } from './pagefindBundles.ts';
import { parentIndexerValue, parentIndexerVariable, type BuildMessage, type ParentReply } from './searchIndexMessages.ts';

/**
 * The build's side of indexing in the process that started it (scripts/build.ts): each rendered
 * article page is sent there, and that process stages it for Pagefind while Astro renders the
 * next. Pagefind indexes and writes the bundles only once Astro's process has exited, so that its
 * memory (the Vietnamese full text of 10,000 articles takes about 2.8 GB) never adds to the memory
 * Astro holds while it renders (about 3 GB at that size): see docs/performance.md.
 */
export interface RemoteIndexer {
  /** Sends one page; resolves once there is room for the next (the other process acknowledges each). */
  add(lang: Lang, sourcePath: string, page: Uint8Array): Promise<void>;
  /** Asks the other process to index the output folder after the build instead (no page came through). */
  readOutput(): Promise<void>;
  /** Waits until every page sent has been taken, then closes the channel: Astro's process can end. */
  finish(): Promise<void>;
}

/** Whether this build was started by scripts/build.ts, which indexes for it. */
export function parentIndexes(): boolean {
  return process.env[parentIndexerVariable] === parentIndexerValue && typeof process.send === 'function' && process.connected;
}

function send(message: BuildMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    process.send!(message, undefined, {}, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

export function startRemoteIndexer(outDir: string, cacheDir: string): RemoteIndexer {
  let pending = 0;
  let failure: Error | undefined;
  /** Settles when the other process has taken a page: every add waiting for room then looks again. */
  let room: PromiseWithResolvers<void> | undefined;
  const wake = () => {
    const waiting = room;
    room = undefined;
    waiting?.resolve();
  };
  const onReply = (reply: ParentReply) => {
    if (reply.type === 'added') pending -= 1;
    else failure ??= new Error(reply.error);
    wake();
  };
  process.on('message', onReply);
  const started = send({ type: 'outDir', dir: outDir, cacheDir });
  const waitUntil = async (ready: () => boolean) => {
    while (!ready() && !failure) await (room ??= Promise.withResolvers<void>()).promise;
    if (failure) throw failure;
  };
  return {
    async add(lang, sourcePath, page) {
      await started;
      if (failure) throw failure;
      pending += 1;
      await send({ type: 'page', lang, sourcePath, page });
      await waitUntil(() => pending < inFlight);
    },
    async readOutput() {
      await started;
      await send({ type: 'readOutput' });
    },
    async finish() {
      try {
        await started;
        await waitUntil(() => pending === 0);
      } finally {
        process.off('message', onReply);
        process.disconnect?.();
      }
    },
  };
}
