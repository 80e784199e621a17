import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from './yamlSource.ts';

describe('parseYaml', () => {
  it('reads an unquoted date-time as a Date, as Astro (js-yaml) does', () => {
    const { value } = parseYaml('a: 2024-03-01T13:32:00+07:00\nb: "2024-03-01T13:32:00+07:00"\nc: no');
    expect(value).toEqual({ a: new Date('2024-03-01T06:32:00Z'), b: '2024-03-01T13:32:00+07:00', c: 'no' });
  });

  it('finds the line of nested keys and list items, offset by the first line', () => {
    const text = ['- id: a', '  name:', '    vi: "A"', '- id: b', '  name: { vi: "B" }'].join('\n');
    const yaml = parseYaml(text, 10);
    expect(yaml.lineOf([0, 'name', 'vi'])).toBe(12);
    expect(yaml.lineOf([1, 'name', 'vi'])).toBe(14);
    expect(yaml.lineOf([1])).toBe(13);
    expect(yaml.lineOf([1, 'missing'])).toBe(13);
  });

  it('reports syntax errors with their line', () => {
    const yaml = parseYaml('title: "a "b" c"\nx: 1', 2);
    expect(yaml.value).toBeUndefined();
    expect(yaml.errors[0]?.line).toBe(2);
  });
});

describe('splitFrontmatter', () => {
  it('splits the fences, keeping the first YAML line number', () => {
    expect(splitFrontmatter('---\ntitle: x\n---\n\nBody\n')).toEqual({ yaml: 'title: x\n', yamlFirstLine: 2, body: '\nBody\n' });
    expect(splitFrontmatter('\n---\na: 1\n---\nB')?.yamlFirstLine).toBe(3);
    expect(splitFrontmatter('---\n---\nB')).toEqual({ yaml: '', yamlFirstLine: 2, body: 'B' });
  });
  it('returns null without frontmatter', () => {
    expect(splitFrontmatter('Title\n\nText')).toBeNull();
  });
});
