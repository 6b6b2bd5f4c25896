import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

// `npm run soak` takes about 35 s here, under the minute that keeps it in the default run: 10,000 mixed
// requests at 50 connections against its own `wrangler dev`, on loopback, bounded in count and time.
it('npm run soak: 10,000 mixed requests, no errors, no 5xx, the Worker heap no higher than warm-up allows', { timeout: 300_000 }, async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/soak.mjs'], { timeout: 290_000, maxBuffer: 10 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string }) => {
      throw new Error(`soak failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`)
    },
  )
  expect(stdout).toMatch(/^\d+ passed, 0 failed/m)
})
