import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { clientKey } from '../counter/rules.ts';

/**
 * At most `perClient` open connections from one client address (an IPv6 client by its /64, as the
 * counter tells visitors apart), so that one address holding thousands of idle connections cannot
 * use up the descriptors every other reader needs. An office of readers behind one NAT address
 * stays far below the default (128: a browser opens up to six per site). Connections from trusted
 * proxies are not counted: every reader behind them shares their address, and the proxy limits
 * its own clients. Over the limit, the new connection is closed at once, before Node reads a byte.
 */
export function limitConnectionsPerClient(server: Server, perClient: number, isTrustedProxy: (address: string) => boolean): void {
  const open = new Map<string, number>();
  // Before node:http's own listener, so a connection over the limit never gets a parser.
  server.prependListener('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    if (address === undefined || isTrustedProxy(address)) return;
    const key = clientKey(address);
    const count = (open.get(key) ?? 0) + 1;
    if (count > perClient) {
      socket.destroy();
      return;
    }
    open.set(key, count);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left === 0) open.delete(key);
      else open.set(key, left);
    });
  });
}
