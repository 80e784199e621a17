import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * Astro's anonymous telemetry is off for every run of the project, on any machine: loading the
 * project's astro.config.mjs sets ASTRO_TELEMETRY_DISABLED, the variable Astro documents, and
 * Astro's own telemetry client (which decides when each event would be sent) then says it is
 * disabled, even where the machine's Astro settings have it enabled.
 */
describe('telemetry', () => {
  it('is disabled by the project configuration, whatever the environment says', async () => {
    const script = [
      "const { AstroTelemetry } = await import('@astrojs/telemetry');",
      "const before = new AstroTelemetry({ astroVersion: 'test', viteVersion: 'test' }).isDisabled;",
      "await import('./astro.config.mjs');",
      "const after = new AstroTelemetry({ astroVersion: 'test', viteVersion: 'test' }).isDisabled;",
      'console.log(JSON.stringify({ before, after, variable: process.env.ASTRO_TELEMETRY_DISABLED }));',
    ].join('\n');
    const env = { ...process.env };
    delete env['ASTRO_TELEMETRY_DISABLED'];
    delete env['TELEMETRY_DISABLED'];
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { before: boolean; after: boolean; variable: string };
    expect(result.after).toBe(true);
    expect(result.variable).toBe('1');
  });
});
