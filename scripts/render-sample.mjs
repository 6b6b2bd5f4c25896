#!/usr/bin/env node
// Writes one topic's brief as PDF: node scripts/render-sample.mjs <bundle.mjs> <out.pdf> [slug] [paper]
// The bundle is scripts/pdf-entry.ts (the renderer and the compiled story), built by esbuild (see render-sample.sh).
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const [bundle, out, slug, paper = 'a4'] = process.argv.slice(2)
if (!bundle || !out) throw new Error('usage: render-sample.mjs <bundle.mjs> <out.pdf> [slug] [paper]')
const m = await import(pathToFileURL(bundle).href)
const catalog = m.buildCatalog(m.storyData)
const sheet = slug ? catalog.sheet(slug) : catalog.sheets[0]
if (!sheet) throw new Error(`No topic "${slug}"; topics: ${catalog.sheets.map((s) => s.slug).join(', ')}`)
writeFileSync(out, await m.renderFactSheetPdf(sheet, { paper, origin: 'https://example.com', provenance: catalog.provenance }))
console.log(`${out}: ${sheet.slug} on ${paper}`)
