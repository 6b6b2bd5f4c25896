import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// Installing the project must send nothing anywhere: @ibm/plex-sans's postinstall runs IBM's telemetry, which
// reports the repository's git origin and commits wherever a CI variable is set.
describe('the everyday install', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, unknown> }
  const names = Object.keys(lock.packages)

  it('holds no telemetry package and not the source font', () => {
    expect(names.filter((n) => /telemetry-js|@ibm\//.test(n))).toEqual([])
  })

  it('installs the source font only on demand, with the telemetry switched off', () => {
    const script = readFileSync('scripts/ensure-plex.mjs', 'utf8')
    expect(script).toContain("IBM_TELEMETRY_DISABLED: 'true'")
    expect(script).toContain('--ignore-scripts')
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>
    expect(scripts['build:fonts']).toMatch(/^node scripts\/ensure-plex\.mjs && /)
    expect(scripts.bench).toMatch(/^node scripts\/ensure-plex\.mjs && /)
  })
})
