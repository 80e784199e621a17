/**
 * Finds the line of a frontmatter field or a body line in the raw file. The frontmatter is YAML as
 * editors write it (block style, maybe flow lists); this is a line finder, not a YAML parser: when it
 * cannot tell, it gives no line rather than a wrong one.
 */
export class SourceLines {
  private readonly rawLines: string[];
  private readonly frontmatterEnd: number;
  private readonly bodyOffset: number | undefined;

  constructor(entry: { raw?: string | undefined; body: string }) {
    this.rawLines = entry.raw === undefined ? [] : entry.raw.split(/\r?\n/);
    const closing = this.rawLines[0]?.trim() === '---' ? this.rawLines.findIndex((l, i) => i > 0 && l.trim() === '---') : -1;
    this.frontmatterEnd = closing;
    if (entry.raw === undefined) {
      this.bodyOffset = undefined;
    } else {
      // The body begins after the closing fence; a loader may drop the leading blank lines.
      const afterFence = closing + 1;
      const rest = this.rawLines.slice(afterFence).join('\n');
      const at = entry.body === '' ? 0 : rest.indexOf(entry.body);
      this.bodyOffset = at < 0 ? undefined : afterFence + countNewlines(rest.slice(0, at));
    }
  }

  /** 1-based line of a 0-based body line. */
  body(index: number): number | undefined {
    return this.bodyOffset === undefined ? undefined : this.bodyOffset + index + 1;
  }

  /** 1-based line of a frontmatter field path such as ["cover", "alt"] or ["documents", 1]. */
  field(path: ReadonlyArray<string | number>): number | undefined {
    if (this.frontmatterEnd < 0 || path.length === 0) return undefined;
    let from = 1;
    let to = this.frontmatterEnd;
    let indent = -1;
    let found: number | undefined;
    for (const key of path) {
      const at = typeof key === 'number' ? this.findItem(key, from, to, indent) : this.findKey(key, from, to, indent);
      if (at === undefined) return found;
      found = at.line + 1;
      if (at.inline) return found;
      indent = at.indent;
      from = at.line + 1;
      to = this.blockEnd(at.line, at.indent, to);
    }
    return found;
  }

  private findKey(key: string, from: number, to: number, parentIndent: number) {
    const pattern = new RegExp(`^(\\s*)(?:- )?["']?${escapeRegExp(key)}["']?\\s*:(.*)$`);
    // Keys of one mapping share the indent of its first line: a deeper key belongs to a child.
    const childIndent = parentIndent < 0 ? 0 : this.firstIndent(from, to);
    for (let i = from; i < to; i++) {
      const m = pattern.exec(this.rawLines[i] ?? '');
      if (!m) continue;
      const indent = (m[1] ?? '').length;
      if (indent !== childIndent) continue;
      const value = (m[2] ?? '').trim();
      return { line: i, indent, inline: value !== '' && !value.startsWith('#') && !/^[|>]/.test(value) };
    }
    return undefined;
  }

  private findItem(index: number, from: number, to: number, parentIndent: number) {
    // A flow list ("documents: [a, b]") sits on the key's own line, which the caller already returned.
    let seen = -1;
    let itemIndent: number | undefined;
    for (let i = from; i < to; i++) {
      const m = /^(\s*)- /.exec(this.rawLines[i] ?? '');
      if (!m) continue;
      const indent = (m[1] ?? '').length;
      if (indent < parentIndent) break;
      itemIndent ??= indent;
      if (indent !== itemIndent) continue;
      seen++;
      if (seen === index) return { line: i, indent, inline: true };
    }
    return undefined;
  }

  private firstIndent(from: number, to: number): number {
    for (let i = from; i < to; i++) {
      const text = this.rawLines[i] ?? '';
      if (text.trim() === '' || text.trim().startsWith('#')) continue;
      return text.length - text.trimStart().length;
    }
    return -1;
  }

  private blockEnd(line: number, indent: number, to: number): number {
    for (let i = line + 1; i < to; i++) {
      const text = this.rawLines[i] ?? '';
      if (text.trim() === '' || text.trim().startsWith('#')) continue;
      const own = text.length - text.trimStart().length;
      const isSiblingItem = own === indent && text.trimStart().startsWith('- ');
      if (own < indent || (own === indent && !isSiblingItem)) return i;
    }
    return to;
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '\n') n++;
  return n;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
