#!/usr/bin/env node
// A paired comparison of the PDF renderer: `node bench/ab.mjs [git-ref]` (default HEAD; about a minute). Bundles
// scripts/pdf-entry.ts from the working tree and from `git-ref` (checked out in a temporary worktree, which gets its
// own compiled story), then, in one process, renders every topic (A4) with one and then the other, round after
// round, so both meet the same machine at the same moments. Prints each side's median and minimum CPU per brief
// (all threads) and whether they write the same bytes. This machine's numbers swing more between `npm run bench`
// runs than most changes move them; a paired run is what says whether a change is faster.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { esbuildOptions, projectRoot, workerAliases } from './bundle.mjs'
import { cpuMsSince, table } from './stats.mjs'

const ref = process.argv[2] ?? 'HEAD'
const rounds = 60
const dir = mkdtempSync(join(tmpdir(), 'factsheets-ab-'))
const tree = join(dir, 'tree')
const git = (...args) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

const bundle = async (root, name) => {
  const file = join(dir, `${name}.mjs`)
  await build({ ...esbuildOptions, alias: workerAliases(root), entryPoints: [join(root, 'scripts/pdf-entry.ts')], outfile: file })
  return import(pathToFileURL(file).href)
}

try {
  git('worktree', 'add', '--detach', tree, ref)
  symlinkSync(join(projectRoot, 'node_modules'), join(tree, 'node_modules'))
  execFileSync('npx', ['tsx', 'tools/check-data.ts', '--quiet'], { cwd: tree, stdio: 'inherit' })
  if (!existsSync(join(projectRoot, 'generated'))) throw new Error('Run npm run check:data first: the working tree has no compiled story.')
  const sides = [
    { name: `${ref} (${git('rev-parse', '--short', ref).trim()})`, m: await bundle(tree, 'ref') },
    { name: 'working tree', m: await bundle(projectRoot, 'work') },
  ].map((side) => {
    const catalog = side.m.buildCatalog(side.m.storyData)
    const options = { paper: 'a4', origin: 'https://example.com', provenance: catalog.provenance }
    return { ...side, sheets: catalog.sheets, render: (sheet) => side.m.renderFactSheetPdf(sheet, options), ms: [] }
  })
  const digest = async (side) => {
    const hash = createHash('sha256')
    for (const sheet of side.sheets) hash.update(await side.render(sheet))
    return hash.digest('hex')
  }
  const [a, b] = sides
  const same = (await digest(a)) === (await digest(b))
  for (let round = 0; round < 10; round++) for (const side of sides) for (const sheet of side.sheets) await side.render(sheet)
  for (let round = 0; round < rounds; round++)
    for (const side of round % 2 ? [...sides].reverse() : sides) {
      const started = process.cpuUsage()
      for (const sheet of side.sheets) await side.render(sheet)
      side.ms.push(cpuMsSince(started) / side.sheets.length)
    }
  const stat = (ms) => {
    const sorted = [...ms].sort((x, y) => x - y)
    return [sorted[Math.floor(sorted.length / 2)].toFixed(2), sorted[0].toFixed(2)]
  }
  console.log(`Every topic (A4) per round, ${rounds} rounds alternating; CPU ms per brief, all threads`)
  console.log(table(['bundle', 'median', 'min'], sides.map((s) => [s.name, ...stat(s.ms)])))
  const ratio = Number(stat(b.ms)[0]) / Number(stat(a.ms)[0])
  console.log(`working tree / ${ref}: ${ratio.toFixed(3)} of the median; briefs ${same ? 'byte-identical' : 'DIFFERENT'}`)
} finally {
  try {
    git('worktree', 'remove', '--force', tree)
  } catch {
    // not created
  }
  rmSync(dir, { recursive: true, force: true })
}
