import { describe, expect, it } from 'vitest';
import { yamlSyntaxProblem } from './dataFiles.ts';

describe('yamlSyntaxProblem', () => {
  it('names double quotes inside a quoted value, the usual cause, with the fix', () => {
    const p = yamlSyntaxProblem('a.mdx', 2, 'Unexpected scalar at node end', 'title: "Hội nghị "Dân vận khéo" năm 2024"');
    expect(p.message).toEqual({ vi: 'lỗi cú pháp YAML', en: 'YAML syntax error (Unexpected scalar at node end)' });
    expect(p.fix.vi).toBe('có dấu " bên trong giá trị: thay bằng ngoặc kép cong “…” hoặc viết \\"');
  });

  it('otherwise lists what to look at', () => {
    const p = yamlSyntaxProblem('a.mdx', 3, 'Tabs are not allowed', '\tdistrict: x');
    expect(p.fix.en).toBe('check the quotes, the colon after each field name and the indentation (spaces, not tabs)');
  });
});
