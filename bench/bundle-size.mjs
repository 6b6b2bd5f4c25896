// The Worker's upload size: `wrangler deploy --dry-run --minify` into a temporary directory (nothing is uploaded),
// the gzip size wrangler prints, and our own gzip of the modules it wrote.
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { constants, gzipSync } from 'node:zlib'
import { projectRoot } from './bundle.mjs'

export const measureBundle = async () => {
  const outdir = mkdtempSync(join(tmpdir(), 'factsheets-dry-run-'))
  try {
    const wrangler = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js', { paths: [projectRoot] })
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [wrangler, 'deploy', '--dry-run', '--minify', '--outdir', outdir, '--env='], {
      cwd: projectRoot,
      env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true' },
      maxBuffer: 16 * 1024 * 1024,
    })
    const printed = /Total Upload:\s*([\d.]+)\s*KiB\s*\/\s*gzip:\s*([\d.]+)\s*KiB/.exec(`${stdout}\n${stderr}`)
    const files = readdirSync(outdir).filter((f) => /\.(m?js|wasm|txt|bin)$/.test(f) && statSync(join(outdir, f)).isFile())
    const modules = files.map((f) => readFileSync(join(outdir, f)))
    const sum = (f) => modules.reduce((n, m) => n + f(m), 0) / 1024
    return {
      printed: printed?.[0],
      wranglerKiB: printed ? Number(printed[1]) : undefined,
      wranglerGzipKiB: printed ? Number(printed[2]) : undefined,
      modules: files.length,
      rawKiB: sum((m) => m.length),
      // Each module compressed on its own, as they are uploaded; level 6 (zlib's default) and 9.
      gzipKiB: sum((m) => gzipSync(m).length),
      gzip9KiB: sum((m) => gzipSync(m, { level: constants.Z_BEST_COMPRESSION }).length),
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true })
  }
}
