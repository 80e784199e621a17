import { describe, expect, it } from 'vitest';
import { coverFile } from './coverFile.ts';

const article = (cover: string) => `---\ntitle: "Tân Trụ"\n${cover}---\n\nBody.\n`;

describe('coverFile', () => {
  it("resolves the cover's path from the article's folder", () => {
    const raw = article('cover:\n  src: ../../../media/2024/lua-tan-tru.jpg\n  alt: "Lúa"\n');
    expect(coverFile('content/articles/vi/2024/tan-tru.md', raw)).toBe('content/media/2024/lua-tan-tru.jpg');
    expect(coverFile('content/articles/vi/2024/tan-tru.md', article('cover:\n  src: ./anh.jpg\n  alt: "Ảnh"\n'))).toBe(
      'content/articles/vi/2024/anh.jpg',
    );
  });

  it('gives nothing for an article without a cover, or a cover named by alias or URL', () => {
    expect(coverFile('content/articles/vi/2024/a.md', article(''))).toBeUndefined();
    expect(coverFile('content/articles/vi/2024/a.md', article('cover:\n  src: ~/assets/a.jpg\n  alt: "A"\n'))).toBeUndefined();
    expect(coverFile('content/articles/vi/2024/a.md', article('cover:\n  src: https://example.vn/a.jpg\n  alt: "A"\n'))).toBeUndefined();
    expect(coverFile('content/articles/vi/2024/a.md', 'No frontmatter.')).toBeUndefined();
  });
});
