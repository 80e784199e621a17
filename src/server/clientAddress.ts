import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * Who sent a request. With no trusted proxies, the connection's own address: X-Forwarded-For is
 * anyone's to write. Behind trusted proxies, proxy-addr (Express's) walks X-Forwarded-For from the
 * nearest entry and stops at the first address that is not a trusted proxy: entries a client
 * wrote before the proxies added theirs are never believed.
 */
export interface ClientAddresses {
  clientAddress(req: IncomingMessage): string;
  fromTrustedProxy(req: IncomingMessage): boolean;
  isTrustedProxy(address: string): boolean;
}

export function clientAddresses(trustedProxies: readonly string[]): ClientAddresses {
  const trust = proxyaddr.compile([...trustedProxies]);
  const isTrustedProxy = (address: string) => trustedProxies.length > 0 && trust(address, 0);
  return {
    clientAddress: (req) => (trustedProxies.length > 0 ? proxyaddr(req, trust) : (req.socket.remoteAddress ?? '')),
    fromTrustedProxy: (req) => isTrustedProxy(req.socket.remoteAddress ?? ''),
    isTrustedProxy,
  };
}
