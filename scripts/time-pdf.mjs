#!/usr/bin/env node
// Times the PDF renderer as production runs it: bundled with esbuild (seeds as text modules), in this Node process.
// Prints module start-up, the first render, and median/p95 CPU per render over >= 200 renders of every topic.
// Usage: node scripts/time-pdf.mjs [renders per topic, default 200]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { build } from 'esbuild'

const n = Number(process.argv[2] ?? 200)
const dir = mkdtempSync(join(tmpdir(), 'time-pdf-'))
const outfile = join(dir, 'pdf-entry.mjs')
await build({ entryPoints: ['scripts/pdf-entry.ts'], bundle: true, minify: true, format: 'esm', platform: 'browser', loader: { '.txt': 'text' }, outfile, logLevel: 'warning' })
const bundle = readFileSync(outfile)

const cpuMs = (since) => {
  const u = process.cpuUsage(since)
  return (u.user + u.system) / 1000
}

let t = process.cpuUsage()
const m = await import(outfile)
const startup = cpuMs(t)

const sheets = m.topics.map((topic) => m.buildFactSheet(topic, m.corpus))
const options = { paper: 'a4', origin: 'https://example.com' }
t = process.cpuUsage()
const first = await m.renderFactSheetPdf(sheets[0], options)
const firstMs = cpuMs(t)

const quantile = (xs, q) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))]
const all = []
console.log(`bundle (renderer + corpus + topics, minified): ${(bundle.length / 1024).toFixed(0)} KiB, gzip ${(gzipSync(bundle).length / 1024).toFixed(0)} KiB`)
console.log(`module start-up ${startup.toFixed(1)} ms CPU (includes building the corpus); first render ${firstMs.toFixed(1)} ms CPU (${first.length} bytes)`)
for (const sheet of sheets) {
  const times = []
  let bytes = 0
  for (let i = 0; i < n; i++) {
    const paper = i % 2 ? 'letter' : 'a4'
    const s = process.cpuUsage()
    const pdf = await m.renderFactSheetPdf(sheet, { ...options, paper })
    times.push(cpuMs(s))
    bytes = pdf.length
  }
  times.sort((a, b) => a - b)
  all.push(...times)
  console.log(`${sheet.slug.padEnd(28)} median ${quantile(times, 0.5).toFixed(2)} ms  p95 ${quantile(times, 0.95).toFixed(2)} ms  ${(bytes / 1024).toFixed(0)} KiB`)
}
all.sort((a, b) => a - b)
console.log(`all topics (${all.length} renders)`.padEnd(28), `median ${quantile(all, 0.5).toFixed(2)} ms  p95 ${quantile(all, 0.95).toFixed(2)} ms`)
const c = process.cpuUsage()
const collection = await m.renderCollectionPdf(sheets, options)
console.log(`collection (${sheets.length} topics): ${cpuMs(c).toFixed(1)} ms CPU, ${(collection.length / 1024).toFixed(0)} KiB`)
rmSync(dir, { recursive: true, force: true })
