import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers point one way: the product (src/) uses nothing of the tools (scripts/) or the tests,
 * the tools nothing of the tests, and no modules import each other, directly or round a loop. The graph is every relative import
 * of every .ts, .astro and .mjs file under src/ and scripts/, read with the TypeScript parser.
 *
 * Type-only imports (`import type`, `export type … from`) count. They are erased before the code
 * runs, so a loop of them cannot hand a module an unfinished import; but a loop still means that
 * neither file can be read or changed without the other, and the shared type belongs to one side or
 * to a module of its own. An import whose names are all marked `type` inside the braces
 * (`import { type A } from`) is not erased under `verbatimModuleSyntax`, so it counts as a run-time
 * import like any other.
 */

const root = resolve(import.meta.dirname, '../..');

interface Import {
  /** The specifier as written, e.g. "../lib/paths.ts" or "../../public/favicon.svg?raw". */
  specifier: string;
  typeOnly: boolean;
}

/** The code of a file: an .astro component's frontmatter and its <script> elements, or the whole file. */
function codeOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [frontmatter, ...scripts].join('\n');
}

/** Static imports, re-exports and `import('…')` calls with a literal specifier. */
function importsIn(file: string, text: string): Import[] {
  const source = ts.createSourceFile(file, codeOf(file, text), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Import[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword : node.isTypeOnly;
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every loop in a graph, as the sorted files of each strongly connected component (Tarjan). */
function cyclesIn(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) cycles.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);
  return cycles.sort((a, b) => a.join().localeCompare(b.join()));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return ['node_modules', 'dist', '.astro'].includes(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Each file's relative imports, resolved to paths from the repository root ("src/lib/paths.ts"). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importsIn(file, readFileSync(join(root, file), 'utf8'))
      .filter((i) => i.specifier.startsWith('.'))
      .map((i) =>
        relative(root, resolve(root, dirname(file), i.specifier.replace(/\?.*$/, '')))
          .split(sep)
          .join('/'),
      );
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

describe('import layering', () => {
  const graph = importGraph([...sourceFiles('src'), ...sourceFiles('scripts')]);

  it('reads every file under src/ and scripts/', () => {
    expect(graph.has('src/lib/paths.ts')).toBe(true);
    expect(graph.has('scripts/check-content.ts')).toBe(true);
    expect(graph.get('src/pages/index.astro')?.length).toBeGreaterThan(0);
  });

  it('has src/ import nothing from scripts/ or tests/', () => {
    const wrong = [...graph].flatMap(([file, targets]) =>
      file.startsWith('src/') ? targets.filter((t) => /^(scripts|tests)\//.test(t)).map((t) => `${file} → ${t}`) : [],
    );
    expect(wrong).toEqual([]);
  });

  it('has scripts/ import nothing from tests/: tests use the tools, not the other way round', () => {
    const wrong = [...graph].flatMap(([file, targets]) =>
      file.startsWith('scripts/') ? targets.filter((t) => t.startsWith('tests/')).map((t) => `${file} → ${t}`) : [],
    );
    expect(wrong).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles = cyclesIn(graph).map((files) => files.join(' ⇄ '));
    expect(cycles, 'files importing each other (through type-only imports too)').toEqual([]);
  });
});

describe('importsIn', () => {
  it('reads imports, type-only imports, re-exports and dynamic imports, in .ts and .astro', () => {
    const code = [
      "import { a, type B } from './a.ts';",
      "import type { C } from './c.ts';",
      "export { d } from './d.ts';",
      "export type { E } from './e.ts';",
      "const f = await import('./f.ts');",
      "import 'node:fs';",
    ].join('\n');
    expect(importsIn('x.ts', code)).toEqual([
      { specifier: './a.ts', typeOnly: false },
      { specifier: './c.ts', typeOnly: true },
      { specifier: './d.ts', typeOnly: false },
      { specifier: './e.ts', typeOnly: true },
      { specifier: './f.ts', typeOnly: false },
      { specifier: 'node:fs', typeOnly: false },
    ]);
    const astro =
      "---\nimport A from './A.astro';\n---\n<p>import x from './no.ts'</p>\n<script>\nimport { b } from './b.ts';\n</script>\n";
    expect(importsIn('x.astro', astro).map((i) => i.specifier)).toEqual(['./A.astro', './b.ts']);
  });
});

describe('cyclesIn', () => {
  it('finds each loop once with all its files, and self-imports', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
      ['f', ['a']],
    ]);
    expect(cyclesIn(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('finds none in a tree', () => {
    expect(
      cyclesIn(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });
});
