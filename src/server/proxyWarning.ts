import type { IncomingMessage } from 'node:http';

/**
 * Behind a reverse proxy without COUNTER_TRUST_PROXY=1, every request seems to come from the
 * proxy's address: all readers share one rate-limit bucket and are told apart only by their user
 * agent. Nothing fails, so nobody would notice; this says it once per process, on stderr, the first
 * time a request carries X-Forwarded-For while the proxy is not trusted.
 */
export const untrustedProxyWarning =
  'Bản tin: warning: a request came with X-Forwarded-For, but COUNTER_TRUST_PROXY is not set, so every ' +
  "reader behind that proxy shares the proxy's address (one rate-limit bucket, visitors told apart only " +
  'by user agent). Behind one reverse proxy, set COUNTER_TRUST_PROXY=1; see docs/counter.md ' +
  '(Configuration). This warning is shown once.';

export function createUntrustedProxyCheck(
  trustProxy: boolean,
  warn: (message: string) => void = (message) => console.error(message),
): (req: IncomingMessage) => void {
  let warned = trustProxy;
  return (req) => {
    if (warned || req.headers['x-forwarded-for'] === undefined) return;
    warned = true;
    warn(untrustedProxyWarning);
  };
}
