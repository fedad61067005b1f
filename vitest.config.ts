import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` runs in Node against the sources; `site` runs against the built site in `dist/`
 * (browser tests in Debian Chromium, HTML and link checks), so it needs `npm run build` first; `deploy`
 * runs against the site served by nginx with the configurations in `deploy/` (`npm run test:deploy`
 * builds, starts nginx and runs it).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/site/**', 'test/e2e/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at once, one per core of CI: the browser tests wait for the page's own ready signals,
          // never for a set time, so they hold under the load (the whole project in 6 instead of 7½ minutes).
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'deploy',
          include: ['test/deploy/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
