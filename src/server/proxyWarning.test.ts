import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createUntrustedProxyCheck, untrustedProxyWarning } from './proxyWarning.ts';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('the untrusted-proxy warning', () => {
  it('warns once, at the first request with X-Forwarded-For', () => {
    const warnings: string[] = [];
    const check = createUntrustedProxyCheck(false, (m) => warnings.push(m));
    check(request({}));
    expect(warnings).toEqual([]);
    check(request({ 'x-forwarded-for': '192.0.2.1' }));
    check(request({ 'x-forwarded-for': '192.0.2.2' }));
    expect(warnings).toEqual([untrustedProxyWarning]);
  });

  it('says what to set and where to read about it', () => {
    expect(untrustedProxyWarning).toContain('COUNTER_TRUST_PROXY to its address');
    expect(untrustedProxyWarning).toContain('docs/counter.md');
  });

  it('stays silent when the proxy is trusted', () => {
    const warnings: string[] = [];
    createUntrustedProxyCheck(true, (m) => warnings.push(m))(request({ 'x-forwarded-for': '192.0.2.1' }));
    expect(warnings).toEqual([]);
  });
});
