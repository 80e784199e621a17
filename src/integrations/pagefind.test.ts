import type { AstroPrerenderer, PathWithRoute, RouteData } from 'astro';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/locales.ts';
import { indexing } from './pagefind.ts';

describe('indexing (the prerenderer wrapper)', () => {
  const route = (type: RouteData['type'] = 'page') => ({ type }) as RouteData;
  const html = (lang: string) => `<html lang="${lang}"><body><article data-pagefind-body>x</article></body></html>`;

  /** Astro's prerenderer over these paths, each answering with its status, and an indexer that records what it hears. */
  function setup(paths: PathWithRoute[], status: (pathname: string) => number = () => 200) {
    const heard: string[] = [];
    const warnings: string[] = [];
    const astro: AstroPrerenderer = {
      name: 'fake',
      getStaticPaths: async () => paths,
      render: async (request) => new Response(html('vi'), { status: status(new URL(request.url).pathname) }),
    };
    const indexer = {
      add: async (lang: Lang, file: string) => void heard.push(`add ${lang} ${file}`),
      languageDone: (lang: Lang) => void heard.push(`done ${lang}`),
    };
    const wrapped = indexing(astro, indexer, { warn: (message: string) => void warnings.push(message) });
    /** Renders every page in the wrapper's order, as Astro does. */
    const build = async () => {
      for (const { pathname, route: routeData } of await wrapped.getStaticPaths()) {
        heard.push(`render ${pathname}`);
        await wrapped.render(new Request(new URL(pathname, 'https://x.vn')), { routeData });
      }
    };
    return { heard, warnings, build };
  }
  const page = (pathname: string): PathWithRoute => ({ pathname, route: route() });

  it('says a language is done right after its last article, and one with no article before the first page', async () => {
    const { heard, build } = setup([page('/'), page('/tin-tuc/2024/bai-mot/'), page('/tin-tuc/2024/bài-hai/')]);
    await build();
    expect(heard).toEqual([
      'done en',
      'render /tin-tuc/2024/bai-mot/',
      'add vi tin-tuc/2024/bai-mot/index.html',
      'render /tin-tuc/2024/bài-hai/',
      // The request's URL is percent-encoded; the file is not.
      'add vi tin-tuc/2024/bài-hai/index.html',
      'done vi',
      'render /',
    ]);
  });

  it('counts an article that did not render as rendered, without indexing it', async () => {
    const { heard, build } = setup([page('/tin-tuc/2024/a/'), page('/tin-tuc/2024/b/')], (p) => (p.includes('/a/') ? 500 : 200));
    await build();
    expect(heard.filter((line) => !line.startsWith('render'))).toEqual(['done en', 'add vi tin-tuc/2024/b/index.html', 'done vi']);
  });

  it('says nothing early, and warns, when two routes make one article page', async () => {
    const { heard, warnings, build } = setup([page('/tin-tuc/2024/a/'), page('/tin-tuc/2024/a')]);
    await build();
    expect(heard.some((line) => line.startsWith('done'))).toBe(false);
    expect(warnings).toEqual([expect.stringContaining('tin-tuc/2024/a/index.html')]);
  });
});
