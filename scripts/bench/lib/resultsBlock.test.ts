import { describe, expect, it } from 'vitest';
import { docsBlock, replaceResultsBlock, resultsMarkers } from './resultsBlock.ts';

const { start, end } = resultsMarkers;

describe('replaceResultsBlock', () => {
  it('replaces only what lies between the markers', () => {
    const doc = `# Performance\n\nIntro.\n\n${start}\nold table\n| a |\n${end}\n\n## After\n`;
    expect(replaceResultsBlock(doc, '| new |\n')).toBe(`# Performance\n\nIntro.\n\n${start}\n\n| new |\n\n${end}\n\n## After\n`);
  });

  it('gives the same document when run twice with the same table', () => {
    const doc = `${start}${end}\n`;
    const once = replaceResultsBlock(doc, 'table');
    expect(replaceResultsBlock(once, 'table')).toBe(once);
  });

  it('refuses a document without both markers, or with them out of order or repeated', () => {
    expect(() => replaceResultsBlock('# Performance\n', 'x')).toThrow(/no <!-- bench:results:start -->/);
    expect(() => replaceResultsBlock(`${start}\n`, 'x')).toThrow(/no/);
    expect(() => replaceResultsBlock(`${end}\n${start}\n`, 'x')).toThrow(/one/);
    expect(() => replaceResultsBlock(`${start}${end}${start}${end}`, 'x')).toThrow(/one/);
  });
});

describe('docsBlock', () => {
  it('drops the report’s own top heading and keeps the rest', () => {
    expect(docsBlock('# Build benchmark\n\nmachine\n\n### Cold\n')).toBe('machine\n\n### Cold\n');
    expect(docsBlock('### Cold\n')).toBe('### Cold\n');
  });
});
