import { describe, expect, it } from 'vitest';
import { gzipSize, inlineScripts, meetsBudget, renderBlockingResources, type PageWeight } from './pageWeight.ts';

describe('renderBlockingResources', () => {
  it('counts head stylesheets and classic scripts, not print CSS, module or deferred scripts', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/_astro/a.css">
      <link rel=stylesheet href=/b.css media="print">
      <link rel="preload" as="font" href="/f.woff2" crossorigin>
      <script type="module" src="/_astro/x.js"></script>
      <script src="/legacy.js"></script>
      <script src="/later.js" defer></script>
      <script async src="/a.js"></script>
      <script type="application/ld+json">{}</script>
    </head><body><link rel="stylesheet" href="/body.css"></body></html>`;
    expect(renderBlockingResources(html)).toEqual([
      { kind: 'stylesheet', href: '/_astro/a.css' },
      { kind: 'script', href: '/legacy.js' },
    ]);
  });
});

describe('inlineScripts', () => {
  it('keeps scripts that run and skips data blocks and external ones', () => {
    const html =
      '<script type="module">a()</script><script type="application/ld+json">{"x":1}</script><script src="/x.js"></script><script>b()</script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });
});

describe('gzipSize', () => {
  it('compresses repetitive text well', () => {
    expect(gzipSize('Bản tin '.repeat(1000))).toBeLessThan(200);
  });
});

describe('meetsBudget', () => {
  const page: PageWeight = {
    path: '/',
    htmlGzip: 9000,
    cssGzip: 4000,
    jsGzip: 1500,
    jsFiles: 1,
    fonts: [],
    renderBlocking: [{ kind: 'stylesheet', href: '/a.css' }],
    otherRequests: [],
  };
  it('passes a light page and fails a heavy one', () => {
    expect(meetsBudget(page)).toEqual({ firstRoundTrip: true, script: true, blocking: true });
    expect(
      meetsBudget({
        ...page,
        cssGzip: 6000,
        jsGzip: 3000,
        renderBlocking: [...page.renderBlocking, { kind: 'stylesheet', href: '/b.css' }],
      }),
    ).toEqual({
      firstRoundTrip: false,
      script: false,
      blocking: false,
    });
  });
});
