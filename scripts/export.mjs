#!/usr/bin/env node
// Writes the whole site to a folder, without a server: every page, brief (A4 and Letter), JSON and Markdown file.
// Usage: npm run export [-- --out export] [--origin https://factsheets.local]
// The Worker is bundled as wrangler bundles it (seeds as text modules) and asked for each URL with app.fetch().
// Layout: a page at /a/b is written as a/b/index.html, /api/a/b as api/a/b.json, files (.pdf, .md) keep their
// path, ?paper=letter briefs are <name>.letter.pdf. Site-absolute links in the HTML are made relative (to index.html
// files), so the folder browses from disk (file://) or from any static server; links to what is not exported stay.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, posix, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'

const { values: args } = parseArgs({
  options: { out: { type: 'string', default: 'export' }, origin: { type: 'string', default: 'https://factsheets.local' } },
})
const origin = new URL(args.origin).origin
const outDir = resolve(args.out)

// Pages that need a server to answer a query (search) and operational endpoints are not part of the export.
const skipped = [/^\/search(\/|$)/, /^\/api\/search(\/|$)/, /^\/healthz$/]

/** The file a site URL is written to, or undefined when it is not exported (queries other than paper=, odd paths). */
const fileFor = (href) => {
  const url = new URL(href, origin)
  if (url.origin !== origin) return undefined
  const path = url.pathname
  if (path === '/style.css') return 'style.css' // ?v= is a cache-buster
  const segments = path.split('/').slice(1)
  if (path !== '/' && segments.some((s) => s === '' || s === '.' || s === '..' || !/^[A-Za-z0-9._-]+$/.test(s))) return undefined
  if (skipped.some((re) => re.test(path))) return undefined
  const params = [...url.searchParams.keys()]
  if (params.some((k) => k !== 'paper')) return undefined
  const paper = url.searchParams.get('paper')
  if (/\.(pdf|md|json)$/.test(path)) {
    if (paper && !path.endsWith('.pdf')) return undefined
    return paper === 'letter' ? path.slice(1).replace(/\.pdf$/, '.letter.pdf') : path.slice(1)
  }
  if (paper) return undefined
  if (path.startsWith('/api/')) return `${path.slice(1)}.json`
  return path === '/' ? 'index.html' : `${path.slice(1)}/index.html`
}

const expectedType = (file) =>
  file.endsWith('.html') ? 'text/html' : file.endsWith('.pdf') ? 'application/pdf' : file.endsWith('.md') ? 'text/markdown' : file.endsWith('.css') ? 'text/css' : 'application/json'

const hrefsIn = (html) => [...html.matchAll(/\shref="(\/[^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&')).filter((h) => !h.startsWith('//'))

/** Site-absolute links to exported files made relative to the page, keeping #fragments. */
const relativise = (html, fromFile, files) =>
  html.replace(/(\shref=")(\/[^"]*)"/g, (whole, attr, raw) => {
    if (raw.startsWith('//')) return whole
    const [target, hash = ''] = raw.replace(/&amp;/g, '&').split(/(?=#)/)
    const file = fileFor(target)
    if (!file || !files.has(file)) return whole
    const rel = posix.relative(posix.dirname(fromFile), file) || posix.basename(file)
    return `${attr}${rel}${hash}"`
  })

const bundleWorker = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factsheets-export-'))
  const outfile = join(dir, 'worker.mjs')
  await build({ entryPoints: ['src/index.ts'], bundle: true, format: 'esm', platform: 'browser', external: ['node:*'], loader: { '.txt': 'text' }, outfile, logLevel: 'warning' })
  return { outfile, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

const started = performance.now()
// The Worker logs one JSON line per request; an export of hundreds of requests does not need them.
const log = console.log
console.log = (...parts) => {
  if (typeof parts[0] !== 'string' || !parts[0].startsWith('{"method"')) log(...parts)
}

const { outfile, cleanup } = await bundleWorker()
let app
try {
  app = (await import(pathToFileURL(outfile).href)).default
} finally {
  cleanup()
}

const fetchSite = (href) => app.fetch(new Request(new URL(href, origin)))
const json = async (href) => (await fetchSite(href)).json()

const seeds = ['/', '/sources', '/matrix', '/matrix.md', '/matrix.pdf', '/matrix.pdf?paper=letter', '/api/matrix', '/actors', '/api/actors', '/api/topics', '/briefs/all.pdf', '/briefs/all.pdf?paper=letter']
for (const t of (await json('/api/topics')).topics)
  seeds.push(`/topics/${t.slug}`, `/topics/${t.slug}.pdf`, `/topics/${t.slug}.pdf?paper=letter`, `/topics/${t.slug}.md`, `/api/topics/${t.slug}`)
for (const a of (await json('/api/actors')).actors) seeds.push(`/actors/${a.actor}`, `/actors/${a.actor}.md`, `/actors/${a.actor}.pdf`, `/api/actors/${a.actor}`)

const written = new Map() // file -> { href, body }
const problems = []
const tried = new Set()
const queue = [...seeds]
while (queue.length > 0) {
  const href = queue.shift()
  const file = fileFor(href)
  if (!file || tried.has(file)) continue
  tried.add(file)
  const res = await fetchSite(href)
  const type = res.headers.get('Content-Type') ?? ''
  if (res.status !== 200 || !type.startsWith(expectedType(file))) {
    problems.push(`${href}: ${res.status} ${type}`)
    await res.arrayBuffer()
    continue
  }
  const body = file.endsWith('.pdf') ? new Uint8Array(await res.arrayBuffer()) : await res.text()
  written.set(file, { href, body })
  if (file.endsWith('.html')) queue.push(...hrefsIn(body))
}

const files = new Set(written.keys())
let bytes = 0
for (const [file, { body }] of written) {
  const target = resolve(outDir, file)
  if (!target.startsWith(outDir + sep)) throw new Error(`Refusing to write ${file} outside ${outDir}.`)
  mkdirSync(dirname(target), { recursive: true })
  const data = file.endsWith('.html') ? relativise(body, file, files) : body
  writeFileSync(target, data)
  bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length
}

console.log = log
const count = (ext) => [...files].filter((f) => f.endsWith(ext)).length
console.log(
  `Exported ${files.size} files (${count('.html')} HTML, ${count('.pdf')} PDF, ${count('.json')} JSON, ${count('.md')} Markdown; ` +
    `${(bytes / 1e6).toFixed(1)} MB) to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s; links use ${origin}.`,
)
if (problems.length > 0) {
  console.error(`${problems.length} linked or listed URLs did not answer 200 with the expected type:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
