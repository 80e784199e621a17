// Reading an article body the way a reader sees it: the visible lines, and the links in a line.

/**
 * The body lines a reader will see, for scanning: MDX comments (brace, slash-star) and HTML comments,
 * fenced code and inline code are blanked out, keeping line numbers. The article scaffold keeps
 * example images in comments; they must not count as images.
 */
export function visibleBodyLines(body: string): string[] {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const uncommented = body.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, blank).replace(/<!--[\s\S]*?-->/g, blank);
  let fence: string | null = null;
  return uncommented.split(/\r?\n/).map((line) => {
    const marker = /^\s*(```+|~~~+)/.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0] ?? null;
      else if (marker[0] === fence) fence = null;
      return '';
    }
    if (fence !== null) return '';
    return line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
  });
}

/** Calls back for each non-blank visible body line with its 0-based index. */
export function scanBody(visible: string[], onLine: (text: string, index: number) => void): void {
  visible.forEach((text, index) => {
    if (text.trim() !== '') onLine(text, index);
  });
}

/** The targets of a line's Markdown links, link reference definitions and <a> tags; images are not links. */
export function linksIn(text: string): string[] {
  const hrefs: string[] = [];
  for (const m of text.matchAll(/(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)) hrefs.push(m[1] ?? '');
  for (const m of text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/g)) hrefs.push(m[1] ?? '');
  for (const m of text.matchAll(/<a\b[^>]*\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) hrefs.push(m[1] ?? m[2] ?? '');
  return hrefs;
}

/** A path with its percent-escapes decoded, or as written when they are malformed. */
export function decodeSafely(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
