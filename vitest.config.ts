import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'
import { workerAliases } from './bench/bundle.mjs'

export default defineConfig({
  test: {
    // The Worker logs one JSON line per request; keep test output readable.
    onConsoleLog: (log) => !log.startsWith('{"method"'),
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        // wrangler.toml's [alias] table, which the plugin does not apply: the tests run the modules the Worker ships.
        resolve: { alias: workerAliases() },
        test: { name: 'workers', include: ['test/workers/**/*.test.{ts,tsx}'] },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/node/**/*.test.ts'],
          testTimeout: 60_000,
          // Its JSON schema import lacks the import attribute Node 20 requires; let Vite load it.
          server: { deps: { inline: ['@actions/workflow-parser'] } },
        },
      },
      {
        // The data tooling: check:data, the schema, the compiler, in Node as curators run them.
        test: { name: 'data', environment: 'node', include: ['test/data/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        // The curator's assistant (Node only, never in the Worker bundle).
        test: { name: 'curate', environment: 'node', include: ['test/curate/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        // Real Chromium and the Nu HTML checker against `wrangler dev`; needs /usr/bin/chromium and java.
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/browser-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One file at a time, after the other projects: the machine has two cores.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
