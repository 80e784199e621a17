/**
 * The shape of the article body. A text export has lost its images but kept their captions, and
 * has lost heading markup but kept the headings; both are lines without a full stop:
 * - a caption ends with a photo credit ("… Ảnh: Thanh Đồng"), or is a long line without a full stop;
 *   portals often print the image's alt text and then the caption ("X." then "X. Ảnh: Y"), or the
 *   caption twice: the copy is dropped;
 * - a heading is a short line without a full stop ("Hiểu đúng, nhận thức sâu");
 * - a quotation on its own ("“…”.") followed by a short name is a pull quote with its attribution.
 */

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'figure'; caption: string }
  | { kind: 'quote'; text: string; attribution: string };

const credit = /(?:^|\s|\()(?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh)\s*:\s*[^:]{1,60}$/iu;
const endsSentence = /[.!?:;…]\s*["”’»)]*$/u;
const fullyQuoted = /^["“].*["”][.!?…]?$/u;

const words = (s: string) => s.split(/\s+/).length;
const isShort = (s: string) => words(s) <= 12 && s.length <= 100;

export function hasPhotoCredit(line: string): boolean {
  return credit.test(line);
}

export function bodyBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    // Alt text followed by the same text with its credit, or a caption printed twice.
    if (next !== undefined && (next === line || (next.startsWith(line) && hasPhotoCredit(next)))) continue;
    if (hasPhotoCredit(line)) {
      blocks.push({ kind: 'figure', caption: line });
    } else if (fullyQuoted.test(line) && next !== undefined && !endsSentence.test(next) && isShort(next)) {
      blocks.push({ kind: 'quote', text: line, attribution: next });
      i++;
    } else if (endsSentence.test(line)) {
      blocks.push({ kind: 'paragraph', text: line });
    } else if (isShort(line) && next !== undefined) {
      blocks.push({ kind: 'heading', text: line });
    } else {
      blocks.push({ kind: 'figure', caption: line });
    }
  }
  return blocks;
}
