import { launch, type LaunchedChrome } from 'chrome-launcher';
import { chromiumLaunchOptions } from '../../../lib/chromium.ts';

/**
 * Debian's Chromium for Lighthouse, started by chrome-launcher (which gives Lighthouse the
 * DevTools port it needs) with the same flags as the e2e tests: nothing is downloaded and the
 * browser does not call out to Google's services, so only our server's requests are measured.
 */
const chromeFlags = ['--headless', ...(chromiumLaunchOptions.args ?? [])];

export function chromePath(): string {
  return process.env['CHROME_PATH'] ?? chromiumLaunchOptions.executablePath ?? '/usr/bin/chromium';
}

export function launchChrome(): Promise<LaunchedChrome> {
  // logLevel 'silent': chrome-launcher otherwise prints every flag it adds.
  return launch({ chromePath: chromePath(), chromeFlags, logLevel: 'silent' });
}
