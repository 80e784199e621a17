import { describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy, isAdminPath } from './adminPages.ts';

describe('isAdminPath', () => {
  it('knows the editor and its files, with or without the leading slash (Astro gives both forms)', () => {
    for (const path of ['/admin/', '/admin', 'admin/', '/admin/config.yml']) expect(isAdminPath(path)).toBe(true);
  });

  it('leaves readers’ pages alone, including ones that merely start with the same letters', () => {
    for (const path of ['/', '/tin-tuc/2024/admin/', '/administration/', '/en/admin-guide/', '']) expect(isAdminPath(path)).toBe(false);
  });
});

describe('adminContentSecurityPolicy', () => {
  it('allows the site itself, WebAssembly, GitHub and GitHub’s status page, and nothing else', () => {
    const policy = adminContentSecurityPolicy();
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toMatch(/connect-src 'self' blob: data: https:\/\/api\.github\.com https:\/\/www\.githubstatus\.com;/);
  });

  it('adds the OAuth relay’s origin where there is one', () => {
    expect(adminContentSecurityPolicy('https://auth.example.vn/callback')).toContain(
      'https://www.githubstatus.com https://auth.example.vn;',
    );
  });
});
