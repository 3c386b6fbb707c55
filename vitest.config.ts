import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { d3ScaleSource } from './scripts/visx/bundling.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  // Tests run the real d3-scale; only tests/d3-shims.test.ts reaches into it, to hold the bundled time scale to it.
  resolve: { alias: { 'd3-scale-src': d3ScaleSource } },
  test: {
    // Dates in snapshots and descriptions must not depend on the machine.
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/browser/**', 'node_modules/**'],
        },
      },
      {
        // What a reader sees, checked in Chromium: the reader-view matrix and hydration.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            // The problems are listed in words; a screenshot per failing case would cost more than the run.
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
