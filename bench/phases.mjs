#!/usr/bin/env node
// Where a warm brief's CPU goes: `node bench/phases.mjs [slug]` (about 30 s). Renders every topic (A4) warm under V8's
// sampling profiler, in an unminified bundle so functions keep their names, and prints each phase's inclusive time
// per brief. Then re-deflates the streams of one brief (default peace-plan) at levels 1 to 9 with the same zlib,
// to show what the level trades, and every topic brief's streams, by kind, with the object stream's own zlib settings
// against zlib's defaults. Profiling slows everything a little: compare phases with each other, not with
// `npm run bench`.
import { Session } from 'node:inspector/promises'
import { deflateSync, inflateSync } from 'node:zlib'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { esbuildOptions, pdfEntry, workerAliases } from './bundle.mjs'
import { cpuMsSince, summarize, table } from './stats.mjs'

const slug = process.argv[2] ?? 'peace-plan'
const phases = [
  ['renderFactSheetPdf', 'whole brief'],
  ['composeBrief', 'compose (text broken into lines, page 1 fitted)'],
  ['breakLines', '  of which line breaking'],
  ['paginate', 'paginate'],
  ['drawParts', 'draw (content streams, structure tree)'],
  ['writePdf', 'write (fonts, objects, streams)'],
  ['deflate', '  of which deflate (every stream)'],
  ['subsetTrueType', '  of which font subsetting'],
  ['writeStructTree', '  of which the structure tree'],
  ['sheetsEvidence', 'evidence file (JSON)'],
]

/** Every deflated stream of a PDF: its dictionary (which may nest one, as the evidence file's /Params does) and its bytes inflated. */
const flateStreams = (pdf) =>
  [...pdf.toString('latin1').matchAll(/<<((?:[^<>]|<<[^<>]*>>)*\/FlateDecode(?:[^<>]|<<[^<>]*>>)*)>>\s*stream\r?\n/g)].map((match) => {
    const start = match.index + match[0].length
    return { dict: match[1], data: inflateSync(pdf.subarray(start, start + Number(/\/Length (\d+)/.exec(match[1])[1]))) }
  })

const dir = mkdtempSync(join(tmpdir(), 'factsheets-phases-'))
try {
  const file = join(dir, 'pdf-entry.mjs')
  await build({ ...esbuildOptions, minify: false, alias: workerAliases(), entryPoints: [pdfEntry], outfile: file })
  const m = await import(pathToFileURL(file).href)
  const catalog = m.buildCatalog(m.storyData)
  const options = { paper: 'a4', origin: 'https://example.com', provenance: catalog.provenance }
  const render = (i) => m.renderFactSheetPdf(catalog.sheets[i % catalog.sheets.length], options)
  for (let i = 0; i < 4 * catalog.sheets.length; i++) await render(i)

  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 250 })
  await session.post('Profiler.start')
  const n = 60 * catalog.sheets.length
  const started = process.cpuUsage()
  for (let i = 0; i < n; i++) await render(i)
  const cpuPerBrief = cpuMsSince(started) / n
  const { profile } = await session.post('Profiler.stop')

  // Inclusive time per function name: a sample counts once for every distinct name on its stack.
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const inclusive = new Map()
  profile.samples.forEach((id, i) => {
    const seen = new Set()
    for (let at = id; at !== undefined; at = parents.get(at)) {
      const name = nodes.get(at).callFrame.functionName
      if (seen.has(name)) continue
      seen.add(name)
      inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0))
    }
  })
  const perBrief = (name) => (inclusive.get(name) ?? 0) / 1000 / n
  console.log(`Every topic in turn, A4, ${n} warm briefs under the profiler: ${cpuPerBrief.toFixed(2)} ms CPU a brief (all threads)`)
  console.log(table(['phase', 'ms a brief'], phases.map(([name, label]) => [label, perBrief(name).toFixed(2)])))

  // The level trade on one brief: its deflated streams, inflated and deflated again at each level.
  const sheet = catalog.sheet(slug)
  if (!sheet) throw new Error(`No topic "${slug}"`)
  const bytes = Buffer.from(await m.renderFactSheetPdf(sheet, options))
  const streams = flateStreams(bytes).map((s) => s.data)
  const raw = streams.reduce((sum, s) => sum + s.length, 0)
  const rows = []
  for (const level of [1, 2, 4, 6, 9]) {
    for (const s of streams) deflateSync(s, { level })
    const t = process.cpuUsage()
    let out = 0
    for (let k = 0; k < 20; k++) out = streams.reduce((sum, s) => sum + deflateSync(s, { level }).length, 0)
    rows.push([level, (cpuMsSince(t) / 20).toFixed(2), out, bytes.length - streams.reduce((sum, s) => sum + deflateSync(s, { level: 6 }).length, 0) + out])
  }
  console.log(`\n${slug}: ${streams.length} deflated streams, ${raw} bytes before deflate; the brief is ${bytes.length} bytes at level 6`)
  console.log(table(['level', 'ms to deflate them all', 'deflated bytes', 'brief bytes at that level'], rows))

  // The object stream's own zlib settings (src/render/pdf/deflate.ts) against zlib's defaults, on every topic brief on
  // both papers, per kind of stream: each kind re-deflated both ways, interleaved, 15 rounds.
  const kinds = new Map()
  for (const paper of ['a4', 'letter'])
    for (const s of catalog.sheets) {
      for (const { dict, data } of flateStreams(Buffer.from(await m.renderFactSheetPdf(s, { ...options, paper })))) {
        const kind = dict.includes('/ObjStm') ? 'object stream' : dict.includes('/Length1') ? 'fonts' : dict.includes('/EmbeddedFile') ? 'evidence file' : 'content and the rest'
        kinds.set(kind, [...(kinds.get(kind) ?? []), data])
      }
    }
  const settings = { defaults: { level: 6 }, tuned: m.objectStreamTuning }
  const tuningRows = [...kinds].map(([kind, list]) => {
    const ms = { defaults: [], tuned: [] }
    for (let round = 0; round < 15; round++)
      for (const [name, o] of Object.entries(settings)) {
        const t = process.cpuUsage()
        for (const s of list) deflateSync(s, o)
        ms[name].push(cpuMsSince(t) / 18)
      }
    const median = (xs) => summarize(xs).median.toFixed(3)
    const bytesWith = (o) => list.reduce((sum, s) => sum + deflateSync(s, o).length, 0)
    return [kind, list.length, bytesWith(settings.defaults), bytesWith(settings.tuned), median(ms.defaults), median(ms.tuned)]
  })
  console.log(`\nThe object stream's settings ${JSON.stringify(m.objectStreamTuning)} against zlib's defaults, all 18 topic briefs`)
  console.log(table(['streams', 'n', 'bytes, defaults', 'bytes, tuned', 'ms a brief, defaults', 'ms a brief, tuned'], tuningRows))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
