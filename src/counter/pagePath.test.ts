import { describe, expect, it } from 'vitest';
import { pathProblem } from './pagePath.ts';

describe('pathProblem', () => {
  it('accepts page paths as the site writes them', () => {
    for (const path of ['/', '/tin-tuc/2024/slug/', '/en/news/2024/slug/', '/rss.xml', '/tin-tuc/trang/2/', '/dia-phuong/tân-trụ/']) {
      expect(pathProblem(path), path).toBeUndefined();
    }
  });

  it.each([
    [42, 'string'],
    [null, 'string'],
    [['/'], 'string'],
    ['', 'empty'],
    ['/' + 'a'.repeat(600), 'longer'],
    ['tin-tuc/', 'start'],
    ['https://evil.example/', 'start'],
    ['/a\uD800/', 'well-formed'],
    ['/a\u0000/', 'control'],
    ['/a\n/', 'control'],
    ['/a\u0085/', 'control'],
    ['/tin-tuc/?utm=1', 'query'],
    ['/tin-tuc/#top', 'query'],
    ['/tin-tuc/%2e%2e/', 'decoded'],
    ['/tin\\tuc/', 'backslashes'],
    ['/tin tuc/', 'white space'],
    ['/tin\u00a0tuc/', 'white space'],
    ['/tin-tuc\u200b/', 'invisible'],
    ['/\u202etin-tuc/', 'invisible'],
    ['/ti\u0301n/', 'normal form'],
    ['/tin-tuc/../admin/', '".."'],
    ['/./', '"."'],
    ['/..', '".."'],
    ['/tin-tuc/..', '".."'],
    ['//evil.example/', 'empty segments'],
    ['/tin-tuc//2024/', 'empty segments'],
  ])('refuses %j (%s)', (path, reason) => {
    expect(pathProblem(path)).toContain(reason);
  });
});
