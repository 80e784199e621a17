import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nginxSite } from './nginxSite.ts';
import { contentSecurityPolicy, counterOriginOf, headersFile, securityHeaders } from './securityHeaders.ts';

describe('securityHeaders', () => {
  it('allows the site’s own scripts only, with WebAssembly for search, and no framing', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(contentSecurityPolicy('https://counter.example.vn')).toContain("connect-src 'self' https://counter.example.vn");
  });

  it('adds HSTS only over HTTPS', () => {
    const names = (https: boolean) => securityHeaders({ https }).map(([name]) => name);
    expect(names(false)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'X-Frame-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
    ]);
    expect(names(true)).toContain('Strict-Transport-Security');
  });

  it('finds the counter’s origin only when it is another site', () => {
    expect(counterOriginOf(undefined)).toBeUndefined();
    expect(counterOriginOf('/api/hits')).toBeUndefined();
    expect(counterOriginOf('https://counter.example.vn/api/hits')).toBe('https://counter.example.vn');
  });

  it('gives the web editor its own policy, framed by nobody', () => {
    const policy = new Map(securityHeaders({ https: false, admin: { cmsAuthUrl: 'https://auth.example.vn/x' } })).get(
      'Content-Security-Policy',
    );
    expect(policy).toContain('https://api.github.com');
    expect(policy).toContain('https://auth.example.vn');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('writes the same headers for static hosts and for nginx', () => {
    const headers = { site: securityHeaders({ https: true }), admin: securityHeaders({ https: true, admin: {} }) };
    const file = headersFile(headers);
    expect(file.startsWith('/*\n')).toBe(true);
    const snippet = nginxSite(headers);
    for (const [name, value] of headers.site) {
      expect(file).toContain(`  ${name}: ${value}\n`);
      expect(snippet).toContain(`\nadd_header ${name} "${value}" always;\n`);
      expect(snippet).toContain(`    proxy_hide_header ${name};\n`);
    }
    const adminPolicy = new Map(headers.admin).get('Content-Security-Policy');
    expect(file).toContain(`/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${adminPolicy}\n`);
    for (const [name, value] of headers.admin) expect(snippet).toContain(`    add_header ${name} "${value}" always;\n`);
  });
});

describe('the listing in docs/deployment.md', () => {
  it('is what the build writes', () => {
    const docs = readFileSync('docs/deployment.md', 'utf8');
    const listing = /## The headers, for reference[\s\S]*?```\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(listing).toBe(
      `${securityHeaders({ https: true })
        .map(([name, value]) => `${name}: ${value}`)
        .join('\n')}\n`,
    );
  });
});
