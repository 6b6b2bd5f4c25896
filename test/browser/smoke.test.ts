import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, inject, it } from 'vitest'

// `npm run smoke -- <base-url>` is what runs after each deploy; here it checks `wrangler dev` on every change.
it('npm run smoke passes against wrangler dev', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/smoke.mjs', inject('baseUrl')], { timeout: 110_000 }).catch(
    (error: { stdout?: string; stderr?: string }) => {
      throw new Error(`smoke failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`)
    },
  )
  expect(stdout).toMatch(/^\d+ passed, 0 failed$/m)
  expect(stdout).not.toContain('FAIL')
})
