import { langs } from '../../../src/i18n/locales.ts';
import { bundleDirs } from '../../../src/lib/searchBundles.ts';

/** "/pagefind/vi/index/…" or "/pagefind-head/en/…": the bundle, then the file within it. */
const bundleFile = new RegExp(`/(${Object.values(bundleDirs).join('|')})/(?:${langs.join('|')})/(.*)$`);

/**
 * What a search file is, from its URL: the bundle (`pagefind/vi/` full text, `pagefind-head/vi/`
 * headlines, one of each per language) and the kind (word index chunk, result fragment, filter data, language metadata,
 * WebAssembly, script); other requests are "page".
 */
export function fileKind(pathname: string): string {
  const m = bundleFile.exec(pathname);
  if (!m) return 'page';
  const [, bundle, file] = m as unknown as [string, string, string];
  const kind = file.startsWith('index/')
    ? 'index'
    : file.startsWith('fragment/')
      ? 'fragment'
      : file.startsWith('filter/')
        ? 'filter'
        : file.endsWith('.pf_meta')
          ? 'meta'
          : file.startsWith('wasm.')
            ? 'wasm'
            : 'script';
  return `${bundle}/${kind}`;
}
