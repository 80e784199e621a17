/**
 * `npm run serve`: the built site and the counter API on one port (or the API alone). Settings
 * come from the environment; see docs/counter.md.
 */
import { startServer } from './app.ts';
import { readConfig } from './config.ts';

// The server takes no options, so an editor or an operator who types one is told where settings
// go before anything starts: one line for a mistake, the usage for --help, as the tools in scripts/ do.
const [arg] = process.argv.slice(2);
if (arg === '--help' || arg === '-h') {
  process.stdout.write(`Chạy trang đã dựng (dist/) và API bộ đếm lượt xem trên một cổng. Cấu hình bằng biến môi trường
(PORT, HOST, SITE_DIR, COUNTER_DB, COUNTER_REDIS_URL, …), xem docs/counter.md.
  npm run serve
  PORT=8080 COUNTER_DB=/var/lib/bantin/counter.sqlite npm run serve

Serves the built site (dist/) and the visit counter API on one port. Settings come from environment variables
(PORT, HOST, SITE_DIR, COUNTER_DB, COUNTER_REDIS_URL, …), see docs/counter.md.
  npm run serve
  PORT=8080 COUNTER_DB=/var/lib/bantin/counter.sqlite npm run serve
`);
  process.exit(0);
}
if (arg !== undefined) {
  process.stderr.write(
    `không hiểu "${arg}": cấu hình bằng biến môi trường / unexpected "${arg}": settings come from the environment  →  npm run serve -- --help\n`,
  );
  process.exit(2);
}

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
