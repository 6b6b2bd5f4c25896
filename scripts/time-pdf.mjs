#!/usr/bin/env node
// Times the PDF renderer as production runs it: bundled and minified with esbuild, in Node.
//   cold (median of fresh processes): module start-up of the renderer alone, and the first render;
//   warm: median and p95 CPU per render over N renders of every topic (both paper sizes), and the collection.
// process.cpuUsage counts every thread, including V8's background compiler and GC helpers, which Workers do
// not bill to the request, so cold numbers are also given as wall-clock time (close to the main thread's
// share on an idle machine). Run it on an idle machine: other processes inflate every number.
// Usage: node scripts/time-pdf.mjs [renders per topic, default 200] [cold runs, default 9] [--stub-standard-fonts]
// --stub-standard-fonts bundles as if wrangler.toml aliased @pdf-lib/standard-fonts to a stub: pdf-lib's utils
// import it (and decompress its encodings at load) although this renderer never uses the Standard 14 fonts.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { esbuildOptions } from '../bench/bundle.mjs'

const cpuMs = (since) => {
  const u = process.cpuUsage(since)
  return (u.user + u.system) / 1000
}
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]
const options = { paper: 'a4', origin: 'https://example.com' }

if (process.argv[2] === '--cold') {
  // One fresh process: empty-module baseline, renderer start-up, first render.
  const [, , , dir] = process.argv
  let t = process.cpuUsage()
  let wall = performance.now()
  await import(join(dir, 'empty.mjs'))
  const baseline = { cpu: cpuMs(t), wall: performance.now() - wall }
  t = process.cpuUsage()
  wall = performance.now()
  const renderer = await import(join(dir, 'renderer.mjs'))
  const startup = { cpu: cpuMs(t), wall: performance.now() - wall }
  const data = await import(join(dir, 'data.mjs'))
  const sheet = data.buildFactSheet(data.topics[0], data.corpus)
  t = process.cpuUsage()
  wall = performance.now()
  await renderer.renderFactSheetPdf(sheet, options)
  const first = { cpu: cpuMs(t), wall: performance.now() - wall }
  console.log(JSON.stringify({ baseline, startup, first }))
  process.exit(0)
}

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const n = Number(args[0] ?? 200)
const coldRuns = Number(args[1] ?? 9)
const dir = mkdtempSync(join(tmpdir(), 'time-pdf-'))
const alias = {}
if (process.argv.includes('--stub-standard-fonts')) {
  writeFileSync(
    join(dir, 'standard-fonts-stub.mjs'),
    'export const FontNames = {}\nexport const Encodings = {}\nexport class Font {}\n',
  )
  alias['@pdf-lib/standard-fonts'] = join(dir, 'standard-fonts-stub.mjs')
  console.log('bundling with @pdf-lib/standard-fonts aliased to a stub')
}
// The esbuild options npm run bench uses too (bench/bundle.mjs); the alias stays this script's choice.
const common = { ...esbuildOptions, alias }
await build({ ...common, entryPoints: ['src/render/pdf/index.ts'], outfile: join(dir, 'renderer.mjs') })
await build({
  ...common,
  stdin: {
    contents: `export { topics } from './src/curation/topics'\nexport { buildFactSheet } from './src/factsheet/build'\nexport { corpus } from './src/corpus/corpus'`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  outfile: join(dir, 'data.mjs'),
})
writeFileSync(join(dir, 'empty.mjs'), 'export {}\n')

const rendererBytes = readFileSync(join(dir, 'renderer.mjs'))
const fontModule = readFileSync('src/render/pdf/fonts.generated.ts')
console.log(
  `renderer bundle (minified): ${(rendererBytes.length / 1024).toFixed(0)} KiB, gzip ${(gzipSync(rendererBytes).length / 1024).toFixed(0)} KiB`,
)
console.log(
  `  of which fonts.generated.ts: ${(fontModule.length / 1024).toFixed(0)} KiB, gzip ${(gzipSync(fontModule).length / 1024).toFixed(0)} KiB`,
)

const colds = Array.from({ length: coldRuns }, () =>
  JSON.parse(execFileSync(process.execPath, [process.argv[1], '--cold', dir], { encoding: 'utf8' })),
)
const med = (pick) => quantile(colds.map(pick), 0.5).toFixed(1)
console.log(`cold, median of ${coldRuns} processes:`)
console.log(
  `  Node's ESM import of an empty module: ${med((c) => c.baseline.cpu)} ms CPU, ${med((c) => c.baseline.wall)} ms wall`,
)
console.log(`  renderer module start-up: ${med((c) => c.startup.cpu)} ms CPU, ${med((c) => c.startup.wall)} ms wall`)
console.log(`  first render (first topic, a4): ${med((c) => c.first.cpu)} ms CPU, ${med((c) => c.first.wall)} ms wall`)

const renderer = await import(join(dir, 'renderer.mjs'))
const data = await import(join(dir, 'data.mjs'))
const sheets = data.topics.map((topic) => data.buildFactSheet(topic, data.corpus))
const all = []
console.log(`warm, ${n} renders per topic:`)
for (const sheet of sheets) {
  const times = []
  let bytes = 0
  for (let i = 0; i < n; i++) {
    const s = process.cpuUsage()
    const pdf = await renderer.renderFactSheetPdf(sheet, { ...options, paper: i % 2 ? 'letter' : 'a4' })
    times.push(cpuMs(s))
    bytes = pdf.length
  }
  all.push(...times)
  console.log(
    `  ${sheet.slug.padEnd(28)} median ${quantile(times, 0.5).toFixed(2)} ms  p95 ${quantile(times, 0.95).toFixed(2)} ms  ${(bytes / 1024).toFixed(0)} KiB`,
  )
}
console.log(
  `  ${`all topics (${all.length} renders)`.padEnd(28)} median ${quantile(all, 0.5).toFixed(2)} ms  p95 ${quantile(all, 0.95).toFixed(2)} ms`,
)
const c = process.cpuUsage()
const collection = await renderer.renderCollectionPdf(sheets, options)
console.log(
  `  collection (${sheets.length} topics): ${cpuMs(c).toFixed(1)} ms CPU, ${(collection.length / 1024).toFixed(0)} KiB`,
)
rmSync(dir, { recursive: true, force: true })
