// `npm test` runs this first: it installs what the tests need, or stops in the first seconds naming the one
// command that would. Node built-ins only, since it may run before `npm ci`.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0

if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/vitest')) {
  console.log('test-setup: installing npm dependencies (npm ci)…')
  run('npm', ['ci', '--no-audit', '--no-fund'])
}

// The PDF checks shell out to qpdf and poppler; the browser tests drive Debian's Chromium; the Nu HTML checker needs Java.
const needs = [
  { package: 'qpdf', present: () => has('qpdf') },
  { package: 'poppler-utils', present: () => has('pdfinfo') && has('pdftotext') },
  { package: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  { package: 'fonts-dejavu-core', present: () => existsSync('/usr/share/fonts/truetype/dejavu') },
  { package: 'openjdk-17-jre-headless', present: () => has('java') },
]
const missing = needs.filter((n) => !n.present()).map((n) => n.package)
if (missing.length > 0) {
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`
  const root = process.getuid?.() === 0
  if (!root || !has('apt-get')) {
    console.error(`test-setup: missing system packages: ${missing.join(', ')}.\nInstall them with:\n  sudo ${command}`)
    process.exit(1)
  }
  console.log(`test-setup: installing ${missing.join(', ')} with apt-get…`)
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
}
