import type { CmsBackend } from './cmsConfig.ts';

/**
 * Which repository the web editor commits to, from the build's environment:
 * BANTIN_CMS_REPO ("owner/name" on GitHub), BANTIN_CMS_BRANCH (default "main"),
 * BANTIN_CMS_AUTH_URL (an OAuth relay; without it editors sign in with a personal access token).
 * Without BANTIN_CMS_REPO, GitHub Actions' own GITHUB_REPOSITORY is used, so a site built by the
 * repository's CI edits that repository. With neither, the editor works on the browser's own
 * storage (Sveltia's test-repo backend): nothing is committed anywhere, which is what a local
 * `npm start` wants.
 */
export function cmsBackendFromEnv(env: Readonly<Record<string, string | undefined>>): CmsBackend {
  const repo = env['BANTIN_CMS_REPO'] || env['GITHUB_REPOSITORY'];
  if (!repo) return { name: 'test-repo' };
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`BANTIN_CMS_REPO must be "owner/name", got ${JSON.stringify(repo)}`);
  const authUrl = env['BANTIN_CMS_AUTH_URL'] || undefined;
  if (authUrl !== undefined && !/^https:\/\//.test(authUrl))
    throw new Error(`BANTIN_CMS_AUTH_URL must be an https:// address, got ${JSON.stringify(authUrl)}`);
  return { name: 'github', repo, branch: env['BANTIN_CMS_BRANCH'] || 'main', ...(authUrl ? { authUrl } : {}) };
}
