import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import { isWithin } from '../../scripts/lib/pathWithin.ts';

/**
 * Astro writes every page it renders with `fs.promises.mkdir` and `fs.promises.writeFile`, and
 * awaits both before it renders the next page: four trips through libuv's thread pool a page
 * (mkdir, open, write, close). In a build, both cores are busy with Pagefind, so each trip waits
 * for a pool thread to be scheduled and then for the rendering thread to be scheduled again. In a
 * cold 10,000-article build's profile, the rendering thread spent about half of the static routes
 * idle or in those calls. The same calls made synchronously on that thread take about 0.4 ms a
 * page. In four alternating pairs of cold 10,000-article builds this made the build 10.5–18.7 s
 * faster (docs/performance.md, session 9).
 *
 * So while Astro renders its pages (the prerenderer's setup to its teardown), those two functions
 * write synchronously for paths inside the output folder. Everything else goes to Node's own
 * functions: other paths, data that is a stream, and a write that can be aborted. Errors still
 * come back as rejected promises, as Node's do. Worker threads have their own `fs` and are not
 * affected.
 */

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type Patched = Writable<Pick<typeof fs.promises, 'mkdir' | 'writeFile'>>;

/** Runs `work` now; its result or its error as a promise, like the function it stands in for. */
function settled<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

function pathOf(path: unknown): string | undefined {
  if (typeof path === 'string') return path;
  if (path instanceof URL && path.protocol === 'file:') return fileURLToPath(path);
  return undefined;
}

/**
 * Makes `fs.promises.mkdir` and `fs.promises.writeFile` work synchronously for paths inside
 * `folder`, until the returned function is called; that puts Node's functions back and returns
 * how many files were written this way.
 */
export function writeSynchronouslyWithin(folder: string): () => number {
  const promises = fs.promises as Patched;
  const { mkdir, writeFile } = promises;
  let files = 0;
  const inside = (path: unknown) => {
    const name = pathOf(path);
    return name !== undefined && isWithin(name, folder);
  };
  promises.mkdir = ((path: Parameters<typeof mkdir>[0], options?: Parameters<typeof mkdir>[1]) =>
    inside(path) ? settled(() => fs.mkdirSync(path, options)) : mkdir(path, options)) as typeof mkdir;
  promises.writeFile = ((
    path: Parameters<typeof writeFile>[0],
    data: Parameters<typeof writeFile>[1],
    options?: Parameters<typeof writeFile>[2],
  ) => {
    const plain = typeof data === 'string' || ArrayBuffer.isView(data);
    const abortable = typeof options === 'object' && options !== null && options.signal !== undefined;
    if (!inside(path) || !plain || abortable) return writeFile(path, data, options);
    return settled(() => {
      fs.writeFileSync(path as fs.PathOrFileDescriptor, data, options as fs.WriteFileOptions);
      files += 1;
    });
  }) as typeof writeFile;
  return () => {
    promises.mkdir = mkdir;
    promises.writeFile = writeFile;
    return files;
  };
}

/**
 * Astro's prerenderer, with pages written synchronously into `outDir` from its setup to its
 * teardown (which Astro runs even when a page fails). `done` hears how many files were written.
 */
export function writingOnRenderThread(
  prerenderer: AstroPrerenderer,
  outDir: string,
  done: (files: number) => void = () => undefined,
): AstroPrerenderer {
  let restore: (() => number) | undefined;
  return {
    ...prerenderer,
    async setup() {
      await prerenderer.setup?.();
      restore = writeSynchronouslyWithin(outDir);
    },
    async teardown() {
      const files = restore?.();
      restore = undefined;
      if (files !== undefined) done(files);
      await prerenderer.teardown?.();
    },
  };
}
