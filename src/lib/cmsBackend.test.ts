import { describe, expect, it } from 'vitest';
import { cmsBackendFromEnv } from './cmsBackend.ts';

describe('cmsBackendFromEnv', () => {
  it('uses the browser’s own storage when no repository is named', () => {
    expect(cmsBackendFromEnv({})).toEqual({ name: 'test-repo' });
  });

  it('commits to the named repository, or the one GitHub Actions builds', () => {
    expect(cmsBackendFromEnv({ BANTIN_CMS_REPO: 'so-noi-vu/ban-tin' })).toEqual({
      name: 'github',
      repo: 'so-noi-vu/ban-tin',
      branch: 'main',
    });
    expect(cmsBackendFromEnv({ GITHUB_REPOSITORY: 'a/b', BANTIN_CMS_BRANCH: 'xuat-ban' })).toEqual({
      name: 'github',
      repo: 'a/b',
      branch: 'xuat-ban',
    });
    expect(cmsBackendFromEnv({ BANTIN_CMS_REPO: 'a/b', BANTIN_CMS_AUTH_URL: 'https://auth.example.vn' })).toMatchObject({
      authUrl: 'https://auth.example.vn',
    });
  });

  it('refuses a repository or relay it cannot use, saying what it wants', () => {
    expect(() => cmsBackendFromEnv({ BANTIN_CMS_REPO: 'https://github.com/a/b' })).toThrow(/owner\/name/);
    expect(() => cmsBackendFromEnv({ BANTIN_CMS_REPO: 'a/b', BANTIN_CMS_AUTH_URL: 'http://auth' })).toThrow(/https/);
  });
});
