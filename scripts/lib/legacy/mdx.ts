import type { Block } from './captions.ts';

/**
 * Text made safe for MDX: braces would start a JavaScript expression and "<" a JSX tag, so they
 * become character references; a line that would start a Markdown list, heading or quote is escaped.
 */
export function escapeMdx(text: string): string {
  const safe = text.replace(/&/g, '&amp;').replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return safe.replace(/^(#{1,6}\s|>|[-+*]\s|\d+[.)]\s)/, '\\$1');
}

/** The body as MDX: paragraphs, "##" headings, captions as <figure> (the image itself was not exported). */
export function renderBlocks(blocks: Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'paragraph':
          return escapeMdx(b.text);
        case 'heading':
          return `## ${escapeMdx(b.text).replace(/^\\/, '')}`;
        case 'figure':
          return `<figure>\n<figcaption>${escapeMdx(b.caption).replace(/^\\/, '')}</figcaption>\n</figure>`;
        case 'quote':
          return `<figure>\n<blockquote>\n<p>${escapeMdx(b.text).replace(/^\\/, '')}</p>\n</blockquote>\n<figcaption>${escapeMdx(b.attribution).replace(/^\\/, '')}</figcaption>\n</figure>`;
      }
    })
    .join('\n\n');
}
