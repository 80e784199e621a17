import type { IncomingMessage } from 'node:http';

/**
 * Behind a reverse proxy that COUNTER_TRUST_PROXY does not name, every request seems to come from
 * the proxy's address: all readers share one rate-limit bucket and are told apart only by their
 * user agent. Nothing fails, so nobody would notice; this says it once per process, on stderr, the
 * first time a request carries X-Forwarded-For while no proxy is trusted.
 */
export const untrustedProxyWarning =
  'Bản tin: warning: a request came with X-Forwarded-For, but COUNTER_TRUST_PROXY is not set, so every ' +
  "reader behind that proxy shares the proxy's address (one rate-limit bucket, visitors told apart only " +
  'by user agent). Behind a reverse proxy, set COUNTER_TRUST_PROXY to its address (loopback for nginx on ' +
  'this machine); see docs/counter.md (Configuration). This warning is shown once.';

export function createUntrustedProxyCheck(
  proxiesTrusted: boolean,
  warn: (message: string) => void = (message) => console.error(message),
): (req: IncomingMessage) => void {
  let warned = proxiesTrusted;
  return (req) => {
    if (warned || req.headers['x-forwarded-for'] === undefined) return;
    warned = true;
    warn(untrustedProxyWarning);
  };
}
