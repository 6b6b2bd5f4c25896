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
      // What wrangler prints: the number the Workers size limit is about.
      gzipKiB: printed ? Number(printed[2]) : undefined,
      rawKiB: printed ? Number(printed[1]) : sum((m) => m.length),
      modules: files.length,
      // All modules as one gzip stream (as wrangler appears to count them), zlib's default level 6 and level 9,
      // and each module compressed on its own.
      ownGzipKiB: gzipSync(Buffer.concat(modules)).length / 1024,
      ownGzip9KiB: gzipSync(Buffer.concat(modules), { level: constants.Z_BEST_COMPRESSION }).length / 1024,
      ownGzipPerModuleKiB: sum((m) => gzipSync(m).length),
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true })
  }
}
