import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';

/** Astro's module of the synced content store, and its file in the cache folder (node_modules/astro/dist/content/consts.js). */
const storeModule = '\0astro:data-layer-content';
const storeFileName = 'data-store.json';

/**
 * The code of the content store module for a static build: it reads the store Astro wrote while
 * syncing, rather than carrying it inside the module. See `contentStoreFromFile` for why.
 */
export function storeReaderCode(storeFile: string): string {
  const path = JSON.stringify(storeFile);
  return [
    `import { readFileSync } from 'node:fs';`,
    `let store;`,
    `try { store = JSON.parse(readFileSync(${path}, 'utf8')); }`,
    `catch (cause) {`,
    `  const error = new Error('The content store ' + ${path} + ' could not be read (' + cause.message + '). Build again; if this recurs, delete that file.', { cause });`,
    // Astro's loader of this module swallows any error and builds with an empty store: a site with
    // no articles and a success code. Thrown again outside it, the error stops the build.
    `  setImmediate(() => { throw error; });`,
    `  throw error;`,
    `}`,
    `export default store;`,
  ].join('\n');
}

/**
 * Whether a run of Astro can read the store's file from its bundle: only a static build with no
 * adapter (an adapter may serve pages on demand, from the bundle, on another machine), with the
 * store in one file (`experimental.collectionStorage` chunks it into several, and Astro's module
 * then imports them). `astro dev` serves the store from its own folder and reloads it on change.
 */
export function readsStoreFile(
  command: string,
  config: Pick<AstroConfig, 'output' | 'adapter'> & { experimental: Partial<Pick<AstroConfig['experimental'], 'collectionStorage'>> },
): boolean {
  const storage = config.experimental.collectionStorage;
  return command === 'build' && config.output === 'static' && !config.adapter && (storage === undefined || storage === 'single-file');
}

/**
 * Astro bundles the content store (every entry's data and rendered HTML, 94 MB at 10,000
 * articles) into the build as one JavaScript string literal: `JSON.parse("…")`, the JSON quoted
 * again. Node then compiles that 97 MB module before the first page: 8.5 s of a cold
 * 10,000-article build with the build's other threads idle, and V8 keeps the source in memory as
 * long as the module lives, for the whole build (docs/performance.md, session 10).
 *
 * A static build runs its pages on the machine that synced the content, right after bundling, and
 * then deletes the bundle: so there the module reads the store's file instead, which costs a
 * JSON.parse. Everything else keeps Astro's module (`readsStoreFile`).
 */
export default function contentStoreFromFile(): AstroIntegration {
  let storeFile: string | undefined;
  let served = false;
  return {
    name: 'bantin:content-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (!readsStoreFile(command, config)) return;
        storeFile = fileURLToPath(new URL(storeFileName, config.cacheDir));
        updateConfig({ vite: { plugins: [storeReaderPlugin(storeFile, () => (served = true))] } });
      },
      'astro:build:done': ({ logger }) => {
        if (!storeFile || !existsSync(storeFile)) return;
        // The module's id is Astro's internal name: if Astro renames it, the build still works,
        // only slower again. Say so rather than let it pass unnoticed.
        if (served) logger.info(`Read the content store from ${storeFile} instead of bundling it`);
        else
          logger.warn(
            `Astro no longer loads its content store as "${storeModule.slice(1)}": it was bundled, which costs a large archive's build seconds (src/integrations/contentStoreFromFile.ts)`,
          );
      },
    },
  };
}

/** The Vite plugin that gives the store's module as `storeReaderCode`; `onServe` is called when it does. */
function storeReaderPlugin(storeFile: string, onServe: () => void) {
  return {
    name: 'bantin:content-store-from-file',
    enforce: 'pre' as const,
    load: {
      // Before Astro's own load of the module, which would read and quote the whole store.
      order: 'pre' as const,
      filter: { id: new RegExp(`^${storeModule}$`) },
      handler() {
        // With no store, Astro's module is an empty one: let it make that.
        if (!existsSync(storeFile)) return null;
        onServe();
        return { code: storeReaderCode(storeFile), map: { mappings: '' } };
      },
    },
  };
}
