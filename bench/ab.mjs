#!/usr/bin/env node
// A paired comparison of a renderer: `node bench/ab.mjs [git-ref] [--html | --json]` (default HEAD and the PDF
// brief; about 20 seconds here). Bundles the renderer's entry from the working tree and from `git-ref` (checked out in a
// temporary worktree, which gets its own compiled story), then, in one process, renders every topic with one and
// then the other, round after round, so both meet the same machine at the same moments, beside a control (git-ref's
// bundle again). Prints each one's median and minimum CPU per render (all threads), the ratios to git-ref's, and
// whether the working tree writes the same bytes. This machine's numbers swing more between `npm run bench` runs
// than most changes move them; a paired run is what says whether a change is faster, and the control how much
// of the difference is noise.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { esbuildOptions, projectRoot, workerAliases } from './bundle.mjs'
import { cpuMsSince, summarize, table } from './stats.mjs'

const args = process.argv.slice(2)
const ref = args.find((a) => !a.startsWith('--')) ?? 'HEAD'
const origin = 'https://example.com'
/**
 * What each kind of render bundles and calls. The HTML and JSON bodies take a fraction of a millisecond, so each
 * of their samples repeats the render `repeat` times.
 */
const kinds = {
  pdf: {
    label: 'PDF brief (A4)',
    entry: 'scripts/pdf-entry.ts',
    repeat: 1,
    setup: (m) => {
      const catalog = m.buildCatalog(m.storyData)
      const options = { paper: 'a4', origin, provenance: catalog.provenance }
      return { sheets: catalog.sheets, render: (sheet) => m.renderFactSheetPdf(sheet, options) }
    },
  },
  html: { label: 'HTML page (GET /topics/:slug body)', entry: 'bench/app-entry.tsx', repeat: 20, setup: (m) => ({ sheets: m.catalog.sheets, render: (sheet) => m.renderSheetHtml(sheet, origin) }) },
  json: { label: 'JSON body (GET /api/topics/:slug)', entry: 'bench/app-entry.tsx', repeat: 20, setup: (m) => ({ sheets: m.catalog.sheets, render: (sheet) => m.renderSheetJson(sheet) }) },
}
const kind = kinds[args.includes('--html') ? 'html' : args.includes('--json') ? 'json' : 'pdf']
const rounds = 60
// The app logs each request through console.log; nothing here goes through it.
const log = console.log
console.log = () => {}
const dir = mkdtempSync(join(tmpdir(), 'factsheets-ab-'))
const tree = join(dir, 'tree')
const git = (...args) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

const bundle = async (root, name) => {
  const file = join(dir, `${name}.mjs`)
  await build({ ...esbuildOptions, alias: workerAliases(root), entryPoints: [join(root, kind.entry)], outfile: file })
  return import(pathToFileURL(file).href)
}

try {
  git('worktree', 'add', '--detach', tree, ref)
  symlinkSync(join(projectRoot, 'node_modules'), join(tree, 'node_modules'))
  execFileSync('npx', ['tsx', 'tools/check-data.ts', '--quiet'], { cwd: tree, stdio: 'inherit' })
  if (!existsSync(join(projectRoot, 'generated'))) throw new Error('Run npm run check:data first: the working tree has no compiled story.')
  // The control is git-ref's bundle again, under another name: what this run reads for no change at all. Runs
  // here showed a few per cent between two copies of the same code, so a difference means something only beside it.
  const refName = `${ref} (${git('rev-parse', '--short', ref).trim()})`
  const sides = [
    { name: refName, m: await bundle(tree, 'ref') },
    { name: `control: ${refName} again`, m: await bundle(tree, 'control') },
    { name: 'working tree', m: await bundle(projectRoot, 'work') },
  ].map((side) => ({ ...side, ...kind.setup(side.m), ms: [] }))
  const digest = async (side) => {
    const hash = createHash('sha256')
    for (const sheet of side.sheets) hash.update(await side.render(sheet))
    return hash.digest('hex')
  }
  const [base, control, work] = sides
  const same = (await digest(base)) === (await digest(work))
  const renderAll = async (side) => {
    for (const sheet of side.sheets) for (let k = 0; k < kind.repeat; k++) await side.render(sheet)
  }
  for (let round = 0; round < 10; round++) for (const side of sides) await renderAll(side)
  // The rounds take the six orders of the three in turn, so each runs first, second and last equally often and
  // after each of the others equally often: a side pays for some of the garbage the one before it left, and a
  // fixed rotation (0 1 2, 1 2 0, 2 0 1) always puts the same one before it.
  const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
  for (let round = 0; round < rounds; round++)
    for (const index of orders[round % orders.length]) {
      const side = sides[index]
      const started = process.cpuUsage()
      await renderAll(side)
      side.ms.push(cpuMsSince(started) / side.sheets.length / kind.repeat)
    }
  log(`${kind.label}: every topic per round, ${rounds} rounds, the three in every order; CPU ms per render, all threads`)
  log(table(['bundle', 'median', 'min'], sides.map((s) => [s.name, summarize(s.ms).median.toFixed(3), summarize(s.ms).min.toFixed(3)])))
  const ratio = (side) => (summarize(side.ms).median / summarize(base.ms).median).toFixed(3)
  log(`working tree / ${ref}: ${ratio(work)} of the median (control: ${ratio(control)}); output ${same ? 'byte-identical' : 'DIFFERENT'}`)
} finally {
  try {
    git('worktree', 'remove', '--force', tree)
  } catch {
    // not created
  }
  rmSync(dir, { recursive: true, force: true })
}
