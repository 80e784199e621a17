import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { findBylineAndSource } from './byline.ts';
import { isChromeLine, readBreadcrumb } from './chrome.ts';
import { findDateLine } from './dateTime.ts';
import { exportLines } from './lines.ts';
import { readViewCount } from './viewCount.ts';

/**
 * A saved article page of a portal (File → Save page as…), read into what the text importer needs.
 * Readability finds the article among the menus, share buttons, related news and footer; what it
 * cannot know is read here with the rules the text exports use: the date line near the headline,
 * the view count, the sapo (lede), the byline and source at the end, the photos and their captions.
 */

/** A photo of the article as the page references it; `marker` stands in its place in the body until the importer knows whether the file exists. */
export interface PagePhoto {
  marker: string;
  src: string;
  alt: string;
  caption: string;
}

export interface HtmlExport {
  /**
   * The article as the lines of a text export: headline, date line, view count, lede, the body's
   * paragraphs, byline and source. The text rules read date, byline, views, documents and district
   * from it.
   */
  lines: string[];
  /** Breadcrumb and footer lines: they name the portal's district. */
  chrome: string[];
  /** The body as Markdown, without headline, date, lede, byline or source; photos as their markers. */
  body: string;
  photos: PagePhoto[];
}

type El = Element;

const blockTags = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const skippedTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);

/** The visible text of an element as lines, the way a browser copies it: one line per block, inline parts joined by a space. */
export function textLines(root: El): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') out.push(current);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as El).tagName.toUpperCase();
    if (skippedTags.has(tag)) return;
    const block = blockTags.has(tag);
    if (block) flush();
    else current += ' ';
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
    else current += ' ';
  };
  walk(root);
  flush();
  return exportLines(out.join('\n')).map((l) => l.replace(/\s+([,.;:!?)])/g, '$1').replace(/([(])\s+/g, '$1'));
}

const textOf = (el: El | null | undefined): string => (el ? textLines(el).join(' ') : '');

/** Classes and ids that portals give the parts around an article. */
const chromeName =
  /(^|[\s_-])(menu|nav|navbar|share|social|sharing|footer|related|comment|comments|tool|tools|toolbar|banner|sidebar|breadcrumbs?|widget|poll|rating|print|tags?|other|lienquan|tinkhac|advert|ads)([\s_-]|$)/i;
const sapoName = /(^|[\s_-])(sapo|lead|lede|summary|chapeau|desc|description|tomtat|abstract)([\s_-]|$)/i;
const titleName = /(^|[\s_-])(title|tieude|headline)([\s_-]|$)/i;
const captionName = /(caption|desc|chuthich|note|legend)/i;

const nameOf = (el: El) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

function findTitle(document: Document): El | null {
  const h1 = Array.from(document.querySelectorAll('h1')).find((h) => textOf(h).length > 10);
  if (h1) return h1;
  return (
    Array.from(document.querySelectorAll('h2, h3, div, p, span')).find((el) => titleName.test(nameOf(el)) && textOf(el).length > 10) ?? null
  );
}

function findSapo(document: Document, title: string): string {
  for (const el of Array.from(document.querySelectorAll('div, p, h2, h3, span, strong'))) {
    if (!sapoName.test(nameOf(el)) || chromeName.test(nameOf(el))) continue;
    const text = textOf(el);
    if (text.length > 20 && text !== title) return text;
  }
  return '';
}

/** The caption of a photo: a figcaption, a caption cell or paragraph after it (portals put photos in one-cell tables), an italic line below. */
function captionFor(img: El): { caption: string; used: El | null } {
  const figure = img.closest('figure');
  const figcaption = figure?.querySelector('figcaption');
  if (figcaption) return { caption: textOf(figcaption), used: figcaption };
  const table = img.closest('table');
  if (table) {
    const cell = Array.from(table.querySelectorAll('td, th, p, div')).find((c) => !c.querySelector('img') && textOf(c) !== '');
    if (cell) return { caption: textOf(cell), used: cell };
  }
  // The image's own paragraph, or the next element, when it is a short line, styled as a caption or in italics.
  const holder = img.closest('p, div') ?? img;
  const next = holder.nextElementSibling;
  if (next) {
    const text = textOf(next);
    const looksLikeCaption =
      captionName.test(nameOf(next)) ||
      (text.length < 300 &&
        (next.querySelector('em, i') !== null || /text-align:\s*center/i.test(next.getAttribute('style') ?? '')) &&
        textOf(next.querySelector('em, i')) === text);
    if (text !== '' && looksLikeCaption) return { caption: text, used: next };
  }
  return { caption: '', used: null };
}

/** Removes the parts around the article that Readability may keep (share bars, related news). */
function removeChrome(root: El): void {
  for (const el of Array.from(root.querySelectorAll('nav, aside, form, button, script, style, iframe, [role="navigation"]'))) el.remove();
  for (const el of Array.from(root.querySelectorAll('[class], [id]')))
    if (chromeName.test(nameOf(el)) && !el.querySelector('h1')) el.remove();
}

/**
 * Reads a saved article page. `pageTitle` fallbacks and Readability's own heuristics cover pages
 * without an h1; a page with no article text at all gives empty lines, and the importer says so.
 */
export function readHtmlExport(html: string): HtmlExport {
  // Two parses: one to read the page as it is (date, views, breadcrumb, footer), one for Readability, which changes the document it reads.
  const { document: page } = parseHTML(html);
  const { document: forReader } = parseHTML(html);

  const titleEl = findTitle(page);
  const title = textOf(titleEl) || (page.querySelector('title')?.textContent ?? '').split(/\s+[-|–]\s+/)[0]!.trim();
  const sapo = findSapo(page, title);

  const pageLines = textLines(page.body ?? page.documentElement);
  const titleAt = pageLines.findIndex((l) => l === title);
  const near =
    titleAt < 0
      ? pageLines.slice(0, 40)
      : [...pageLines.slice(titleAt + 1, titleAt + 9), ...pageLines.slice(Math.max(0, titleAt - 4), titleAt)];
  const date = findDateLine(near, near.length);
  const dateText = date?.index === undefined ? undefined : near[date.index];
  const views = readViewCount(pageLines);

  const chrome = [
    ...pageLines.filter((l) => readBreadcrumb(l) !== null),
    ...Array.from(page.querySelectorAll('footer, [class*="footer"], [id*="footer"]')).flatMap((f) => textLines(f)),
  ];

  removeChrome(forReader.body ?? forReader.documentElement);
  const article = new Readability<El>(forReader as unknown as Document, {
    keepClasses: true,
    serializer: (n) => n as El,
    charThreshold: 200,
  }).parse();
  const content = article?.content ?? null;
  if (!content) return { lines: [], chrome, body: '', photos: [] };

  // Photos first, while their captions are still beside them.
  const photos: PagePhoto[] = [];
  for (const img of Array.from(content.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? img.getAttribute('data-src') ?? '';
    if (src === '' || /^data:/i.test(src)) {
      img.remove();
      continue;
    }
    const { caption, used } = captionFor(img);
    const marker = `BANTINPHOTO${photos.length}X`;
    photos.push({ marker, src, alt: (img.getAttribute('alt') ?? '').trim(), caption });
    used?.remove();
    const p = content.ownerDocument.createElement('p');
    p.textContent = marker;
    const holder = img.closest('table') ?? img.closest('figure') ?? img;
    holder.replaceWith(p);
  }

  // What the page shows apart from the body: headline, date line, view count, sapo, share and print links.
  const drop = new Set([title, dateText, sapo].filter((t): t is string => !!t));
  const blocks = Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6, p, div, li, blockquote')).filter(
    (el) => !el.querySelector('p, div, li, h1, h2, h3, h4, h5, h6, blockquote'),
  );
  for (const el of blocks) {
    const text = textOf(el);
    if (drop.has(text) || isChromeLine(text) || readViewCount([text]) !== null || (date && findDateLine([text], 1) !== null)) el.remove();
  }
  const paragraphs = Array.from(content.querySelectorAll('p, div, li, h2, h3, h4, blockquote')).filter(
    (el) => textOf(el) !== '' && !el.querySelector('p, div, li, h2, h3, h4, blockquote'),
  );
  const texts = paragraphs.map((el) => textOf(el)).filter((t) => !/^BANTINPHOTO\d+X$/.test(t));
  let lede = sapo;
  if (lede === '' && texts.length > 0) {
    // No sapo on the page: the first paragraph is the lede, as on the text exports.
    lede = texts.shift()!;
    paragraphs.find((el) => textOf(el) === lede)?.remove();
  }
  const ending = findBylineAndSource(texts);
  const endLines: string[] = [];
  for (const i of [ending.author?.index, ending.source?.index].filter((i): i is number => i !== undefined).sort((a, b) => a - b)) {
    endLines.push(texts[i]!);
    paragraphs
      .filter((el) => textOf(el) === texts[i])
      .at(-1)
      ?.remove();
  }
  const bodyTexts = texts.filter((_, i) => i !== ending.author?.index && i !== ending.source?.index);

  const lines = [
    title,
    ...(dateText ? [dateText] : []),
    ...(views ? [pageLines[views.index]!] : []),
    lede,
    ...bodyTexts,
    ...endLines,
  ].filter((l) => l !== '');
  return { lines, chrome, body: toMarkdown(content), photos };
}

const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**' });
// Links into the old portal ("/tin-tuc/…") lead nowhere on this site: their text stays, the link goes.
turndown.addRule('relativeLinks', {
  filter: (node) => node.nodeName === 'A' && !/^https?:\/\//i.test(node.getAttribute('href') ?? ''),
  replacement: (text) => text,
});
// The page's headings sit under the article's own title: "#" and "##" would compete with it.
turndown.addRule('headings', {
  filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  replacement: (text, node) =>
    `\n\n${node.nodeName === 'H1' || node.nodeName === 'H2' || node.nodeName === 'H3' ? '##' : '###'} ${text.trim()}\n\n`,
});
const markdownEscape = turndown.escape.bind(turndown);
// MDX reads "{" as an expression and "<" as a tag: both become character references.
turndown.escape = (text: string) => markdownEscape(text).replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`);

function toMarkdown(content: El): string {
  return turndown
    .turndown(content.innerHTML)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
