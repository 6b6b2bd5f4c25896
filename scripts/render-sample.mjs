#!/usr/bin/env node
// Writes one topic's brief as PDF: node scripts/render-sample.mjs <bundle.mjs> <out.pdf> [slug] [paper]
// The bundle is scripts/pdf-entry.ts plus the catalog, built by esbuild (see render-sample.sh).
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const [bundle, out, slug, paper = 'a4'] = process.argv.slice(2)
if (!bundle || !out) throw new Error('usage: render-sample.mjs <bundle.mjs> <out.pdf> [slug] [paper]')
const m = await import(pathToFileURL(bundle).href)
const topic = slug ? m.topics.find((t) => t.slug === slug) : m.topics[0]
if (!topic) throw new Error(`No topic "${slug}"; topics: ${m.topics.map((t) => t.slug).join(', ')}`)
writeFileSync(
  out,
  await m.renderFactSheetPdf(m.buildFactSheet(topic, m.corpus), { paper, origin: 'https://example.com', provenance: m.catalog.provenance }),
)
console.log(`${out}: ${topic.slug} on ${paper}`)
