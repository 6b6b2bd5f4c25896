// The source font is needed only to rebuild assets/fonts (npm run build:fonts) and by the bench's peers, so it is not
// in the everyday install. Its postinstall starts IBM's telemetry, which reports the repository's git origin and
// commits wherever a CI variable is set: it is installed here on demand, with the telemetry switched off.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

if (!existsSync('node_modules/@ibm/plex-sans/fonts')) {
  console.log('Installing @ibm/plex-sans@1.1.0 (not saved to package.json; IBM telemetry disabled)…')
  const result = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '@ibm/plex-sans@1.1.0'], {
    stdio: 'inherit',
    env: { ...process.env, IBM_TELEMETRY_DISABLED: 'true' },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
