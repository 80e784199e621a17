import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type SchemaOptions } from 'yaml';

/**
 * YAML as the site reads it. Astro parses frontmatter and data files with js-yaml, which turns an
 * unquoted date-time into a Date; the `yaml` package's core schema would keep it a string. Adding
 * the timestamp tag makes `npm run check` see exactly what the build sees, so an unquoted
 * publishedAt fails here with the schema's "write it in quotes" message instead of only in the build.
 */
export const yamlOptions: SchemaOptions = { customTags: ['timestamp'] };

export interface ParsedYaml {
  value: unknown;
  /** 1-based line of a path such as [0, "name", "vi"]; the nearest existing parent when it is missing. */
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
  /** Syntax errors with their 1-based line. */
  errors: Array<{ line: number | undefined; message: string }>;
}

/** Parses YAML text; `firstLine` is the file line the text starts on (frontmatter starts on 2). */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...yamlOptions, lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + firstLine - 1);
  return {
    value: doc.errors.length === 0 ? doc.toJS() : undefined,
    lineOf: (path) => lineAt(offsetOf(doc, path)),
    errors: doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split('\n')[0] ?? e.message })),
  };
}

/** Walks the document's nodes along a path, keeping the start of the deepest one found. */
function offsetOf(doc: Document, path: ReadonlyArray<string | number>): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined = (doc.contents as { range?: [number] } | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return offset;
      offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number] } | undefined;
      if (!item) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

/**
 * Splits a Markdown/MDX file into frontmatter and body the way Astro does (a "---" fence at the top,
 * after an optional BOM or blank lines). Null when there is no frontmatter.
 */
export function splitFrontmatter(raw: string): { yaml: string; yamlFirstLine: number; body: string } | null {
  const m = /^(\uFEFF?(?:\s*\n)?)---\r?\n([\s\S]*?\n)?---[ \t]*(?:\r?\n|$)/.exec(raw);
  if (!m) return null;
  const before = m[1] ?? '';
  const yamlFirstLine = countLines(before) + 2;
  return { yaml: m[2] ?? '', yamlFirstLine, body: raw.slice(m[0].length) };
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}
