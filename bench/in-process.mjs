#!/usr/bin/env node
// One in-process measurement per Node process, so no library's JIT state or heap affects another's numbers.
// Usage: node bench/in-process.mjs <task> '<json options>'; prints one line of JSON.
// Tasks: ours-pdf, ours-first, ours-html-json, and one per peer (see `peers` below).
import { rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { cpuMsSince, summarize, threadCpuMs } from './stats.mjs'

const [task, json = '{}'] = process.argv.slice(2)
const options = JSON.parse(json)
const origin = 'https://example.com'
const write = process.stdout.write.bind(process.stdout)
const report = (result) => write(`${JSON.stringify(result)}\n`)

/**
 * Times `render(i)` `count` times after `warmup` untimed calls: CPU (all threads) and wall ms per call, and the
 * mean per call of all-thread and main-thread CPU over the whole loop (the main-thread clock is too coarse per call).
 */
const timeRenders = async (render, { warmup, count, budgetMs = Infinity, minCount = count }) => {
  for (let i = 0; i < warmup; i++) await render(i)
  const cpu = []
  const wall = []
  let bytes = 0
  const started = performance.now()
  const loop = { cpu: process.cpuUsage(), thread: threadCpuMs() }
  for (let i = 0; i < count && (i < minCount || performance.now() - started < budgetMs); i++) {
    const t = process.cpuUsage()
    const w = performance.now()
    const out = await render(i)
    wall.push(performance.now() - w)
    cpu.push(cpuMsSince(t))
    bytes += out.length
  }
  const means = { cpuMeanMs: cpuMsSince(loop.cpu) / cpu.length, mainThreadMeanMs: (threadCpuMs() - loop.thread) / cpu.length }
  return { cpu: summarize(cpu), wall: summarize(wall), ...means, meanBytes: Math.round(bytes / cpu.length) }
}

const loadSheets = async () => {
  const m = await import(options.pdfBundle)
  const catalog = m.buildCatalog(m.storyData)
  return { m, catalog, sheets: catalog.sheets }
}

/** What a benchmark render records as its data: the corpus's paragraphs under a fixed version. */
const benchProvenance = (m, catalog) => m.provenanceOf(catalog.corpus, 'bench', catalog.story.corpusName)

const peers = {
  'pdf-lib-helvetica': async () => (await import('./peers/pdf-lib.mjs')).pdfLibHelvetica(),
  'pdf-lib-fontkit-full': async () => (await import('./peers/pdf-lib.mjs')).pdfLibFontkit((await import('./peers/fonts.mjs')).fullPlexTtf()),
  'pdf-lib-fontkit-subset': async () => (await import('./peers/pdf-lib.mjs')).pdfLibFontkit((await import('./peers/fonts.mjs')).subsetPlexTtf()),
  pdfmake: async () => (await import('./peers/pdfmake.mjs')).pdfmakePlex((await import('./peers/fonts.mjs')).fullPlexTtf()),
  jspdf: async () => (await import('./peers/jspdf.mjs')).jsPdfHelvetica(),
}

const tasks = {
  /** Our renderer, warm: every topic in turn. */
  'ours-pdf': async () => {
    const { m, catalog, sheets } = await loadSheets()
    const provenance = benchProvenance(m, catalog)
    const render = (i) => m.renderFactSheetPdf(sheets[i % sheets.length], { paper: 'a4', origin, provenance })
    return timeRenders(render, { warmup: 2 * sheets.length, count: options.renders })
  },
  /**
   * A fresh process: Node's own cost of a first dynamic import (an empty module), module start-up (the compiled
   * story JSON, font tables), building the catalog (corpus and fact sheets), then the first render.
   */
  'ours-first': async () => {
    const clocks = () => ({ cpu: process.cpuUsage(), wall: performance.now() })
    const since = (c) => ({ cpu: cpuMsSince(c.cpu), wall: performance.now() - c.wall })
    const empty = join(tmpdir(), `factsheets-empty-${process.pid}.mjs`)
    writeFileSync(empty, 'export {}\n')
    let c = clocks()
    await import(pathToFileURL(empty).href)
    const emptyImport = since(c)
    rmSync(empty)
    c = clocks()
    const m = await import(options.pdfBundle)
    const moduleImport = since(c)
    c = clocks()
    const catalog = m.buildCatalog(m.storyData)
    const buildSheets = since(c)
    c = clocks()
    const pdf = await m.renderFactSheetPdf(catalog.sheets[options.topic ?? 0], { paper: 'a4', origin, provenance: benchProvenance(m, catalog) })
    return { emptyImport, moduleImport, buildSheets, firstRender: since(c), bytes: pdf.length }
  },
  /**
   * HTML and JSON: the renderers alone (what GET /topics/:slug and /api/topics/:slug put in the body), and the
   * whole app.fetch. Sub-millisecond, so each sample is `batch` calls timed together and divided.
   */
  'ours-html-json': async () => {
    // The app logs a line per request through console.log, bound when the module loads: mute it first.
    console.log = () => {}
    const m = await import(options.appBundle)
    const sheets = m.catalog.sheets
    const batch = options.batch
    const sample = async (fn) => {
      const cpu = []
      let loop
      for (let round = 0; round < options.rounds + 2; round++) {
        if (round === 2) loop = { cpu: process.cpuUsage(), thread: threadCpuMs() }
        for (const sheet of sheets) {
          const t = process.cpuUsage()
          for (let k = 0; k < batch; k++) await fn(sheet)
          if (round >= 2) cpu.push(cpuMsSince(t) / batch)
        }
      }
      const calls = cpu.length * batch
      return { ...summarize(cpu), cpuMeanMs: cpuMsSince(loop.cpu) / calls, mainThreadMeanMs: (threadCpuMs() - loop.thread) / calls }
    }
    const fetchText = async (path) => (await m.app.fetch(new Request(`${origin}${path}`))).text()
    return {
      html: await sample((s) => m.renderSheetHtml(s, origin)),
      json: await sample((s) => m.renderSheetJson(s)),
      htmlApp: await sample((s) => fetchText(`/topics/${s.slug}`)),
      jsonApp: await sample((s) => fetchText(`/api/topics/${s.slug}`)),
      htmlBytes: Math.round(sheets.reduce((n, s) => n + m.renderSheetHtml(s, origin).length, 0) / sheets.length),
      jsonBytes: Math.round(sheets.reduce((n, s) => n + m.renderSheetJson(s).length, 0) / sheets.length),
    }
  },
}

const run = tasks[task] ?? (peers[task] && (async () => {
  const { sheets } = await loadSheets()
  const peer = await peers[task]()
  const result = await timeRenders((i) => peer.render(sheets[i % sheets.length], origin), {
    warmup: options.warmup,
    count: options.maxRenders,
    minCount: options.minRenders,
    budgetMs: options.budgetMs,
  })
  return { ...result, info: peer.info() }
}))
if (!run) throw new Error(`Unknown task "${task}". Tasks: ${[...Object.keys(tasks), ...Object.keys(peers)].join(', ')}`)
report(await run())
