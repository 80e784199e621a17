/**
 * What a search file is, from its URL: the bundle (`pagefind/` full text, `pagefind-head/`
 * headlines) and the kind (word index chunk, result fragment, filter data, language metadata,
 * WebAssembly, script); other requests are "page".
 */
export function fileKind(pathname: string): string {
  const m = /\/(pagefind(?:-head)?)\/(.*)$/.exec(pathname);
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
