import type { AstroPrerenderer, PathWithRoute, RouteData } from 'astro';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/locales.ts';
import { indexing, pageFile } from './pagefind.ts';

describe('indexing (the prerenderer wrapper)', () => {
  const route = (type: RouteData['type'] = 'page') => ({ type }) as RouteData;
  const html = (lang: string) => `<html lang="${lang}"><body><article data-pagefind-body>x</article></body></html>`;

  /** Astro's prerenderer over these paths (as a bare list or a result), each answering with its status, and an indexer that records what it hears. */
  function setup(
    paths: PathWithRoute[],
    { status = () => 200, asResult = true }: { status?: (pathname: string) => number; asResult?: boolean } = {},
  ) {
    const heard: string[] = [];
    const astro: AstroPrerenderer = {
      name: 'fake',
      getStaticPaths: async () => (asResult ? { paths } : paths),
      render: async (request) => new Response(html('vi'), { status: status(new URL(request.url).pathname) }),
    };
    const indexer = {
      add: async (lang: Lang, file: string) => void heard.push(`add ${lang} ${file}`),
      languageDone: (lang: Lang) => void heard.push(`done ${lang}`),
    };
    const wrapped = indexing(astro, indexer);
    /** Renders every page in the order Astro gave, as Astro does. */
    const build = async () => {
      const result = await wrapped.getStaticPaths();
      for (const { pathname, route: routeData } of Array.isArray(result) ? result : result.paths) {
        heard.push(`render ${pathname}`);
        await wrapped.render(new Request(new URL(pathname, 'https://x.vn')), { routeData });
      }
      return result;
    };
    return { heard, build };
  }
  const page = (pathname: string): PathWithRoute => ({ pathname, route: route() });

  it("keeps Astro's paths and their order, in either documented shape", async () => {
    const paths = [page('/'), page('/tin-tuc/2024/a/'), page('/en/news/2024/a/')];
    expect(await setup(paths).build()).toEqual({ paths });
    expect(await setup(paths, { asResult: false }).build()).toEqual(paths);
  });

  it('says a language is done right after its last article, and one with no article before the first page', async () => {
    const { heard, build } = setup([page('/'), page('/tin-tuc/2024/bai-mot/'), page('/tin-tuc/2024/bài-hai/'), page('/tin-tuc/')]);
    await build();
    expect(heard).toEqual([
      'done en',
      'render /',
      'render /tin-tuc/2024/bai-mot/',
      'add vi tin-tuc/2024/bai-mot/index.html',
      'render /tin-tuc/2024/bài-hai/',
      // The request's URL is percent-encoded; the file is not.
      'add vi tin-tuc/2024/bài-hai/index.html',
      'done vi',
      'render /tin-tuc/',
    ]);
  });

  it('counts an article that did not render as rendered, without indexing it', async () => {
    const { heard, build } = setup([page('/tin-tuc/2024/a/'), page('/tin-tuc/2024/b/')], {
      status: (p) => (p.includes('/a/') ? 500 : 200),
    });
    await build();
    expect(heard.filter((line) => !line.startsWith('render'))).toEqual(['done en', 'add vi tin-tuc/2024/b/index.html', 'done vi']);
  });

  it('waits for both renders of an article page that two routes make', async () => {
    const { heard, build } = setup([page('/tin-tuc/2024/a/'), page('/tin-tuc/'), page('/tin-tuc/2024/a')]);
    await build();
    expect(heard.filter((line) => !line.startsWith('render'))).toEqual([
      'done en',
      'add vi tin-tuc/2024/a/index.html',
      'add vi tin-tuc/2024/a/index.html',
      'done vi',
    ]);
  });
});

describe('pageFile', () => {
  it('is the index.html of the page folder', () => {
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/tin-tuc/2024/a/')).toBe('tin-tuc/2024/a/index.html');
    expect(pageFile('/tin-tuc/2024/a')).toBe('tin-tuc/2024/a/index.html');
  });
});
