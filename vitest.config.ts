import { defineConfig } from 'vitest/config';

// One config, four projects: pure logic (fast), integration (real SQLite files, a real
// redis-server, the real HTTP server), build (real builds of broken content) and end-to-end
// (real Chromium on the built site).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Real `astro build` runs over broken copies of the content; each builds into a temp dir.
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One browser and one built site are shared; files run one at a time on 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
