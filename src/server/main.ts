/**
 * `npm run serve`: the built site and the counter API on one port (or the API alone). Settings
 * come from the environment; see docs/counter.md.
 */
import { startServer } from './app.ts';
import { readConfig } from './config.ts';

try {
  const config = readConfig();
  const running = await startServer(config);
  console.log(`Bản tin: ${running.description} on ${running.url} (pid ${process.pid}; SIGHUP after a new build)`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`Bản tin: ${signal}, finishing pending hits and closing`);
    // Keep-alive connections would hold the server open; give them a moment, then leave.
    setTimeout(() => process.exit(0), 5000).unref();
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // After a new build: the new files and page list, without a restart (the store stays open).
  process.on('SIGHUP', () => {
    running.reload().then(
      (pages) => console.log(`Bản tin: SIGHUP, site files and page list reloaded (${pages} pages)`),
      (error: unknown) => console.error(`Bản tin: SIGHUP, nothing reloaded, still serving the previous build: ${(error as Error).message}`),
    );
  });
} catch (error) {
  console.error(`Bản tin: cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
