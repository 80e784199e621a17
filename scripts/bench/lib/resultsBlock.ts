/**
 * The bench's table in docs/performance.md: `npm run bench -- --write-docs` replaces what lies
 * between two HTML comments there with the run's report, so the published figures are produced by
 * the command, never pasted by hand. Everything outside the markers is left byte for byte.
 */

export const resultsMarkers = { start: '<!-- bench:results:start -->', end: '<!-- bench:results:end -->' } as const;

/** The document with the text between the markers replaced by `block` (a blank line each side). */
export function replaceResultsBlock(document: string, block: string): string {
  const start = document.indexOf(resultsMarkers.start);
  const end = document.indexOf(resultsMarkers.end);
  if (start === -1 || end === -1) {
    throw new Error(`no ${resultsMarkers.start} … ${resultsMarkers.end} block to replace; add both markers where the table goes`);
  }
  if (end < start || document.indexOf(resultsMarkers.start, start + 1) !== -1 || document.indexOf(resultsMarkers.end, end + 1) !== -1) {
    throw new Error(`expected one ${resultsMarkers.start} followed by one ${resultsMarkers.end}`);
  }
  const before = document.slice(0, start + resultsMarkers.start.length);
  const after = document.slice(end);
  return `${before}\n\n${block.trim()}\n\n${after}`;
}

/** The report as it goes into the docs: without its own top heading, which the docs page has. */
export function docsBlock(markdown: string): string {
  return markdown.replace(/^# [^\n]*\n+/, '');
}
