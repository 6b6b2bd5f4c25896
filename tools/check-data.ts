import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { compileStory } from './data/compile-story'
import { glanceReport } from './data/glance-report'
import { writePins } from './data/pin'
import type { Problem } from './data/yaml-file'

const usage = `npm run check:data [-- --pin] [--quiet] [--glance]

Validates every story in stories/ (and the test fixtures in test/fixtures/stories/) against the schema,
checks every quote verbatim in the paragraph it cites, and writes the compiled JSON the Worker bundles
to generated/. Errors name the file, line and field.
  --pin    pin paragraphs that have no pin yet (a new article); never changes an existing pin
  --quiet  print nothing on success
  --glance also print, per topic and actor, the statement page 1 shows and whether the curator (telling:)
           or the rule chose it
  --stories <dir> --seeds <dir> --out <dir>
           check the stories of another folder instead (tests use this)`

const option = (name: string) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}

// The fixture stories are compiled for the tests only; the Worker bundles generated/<story>.json, never these.
const roots = option('--stories')
  ? [{ stories: option('--stories')!, seeds: option('--seeds') ?? 'seeds', out: option('--out') ?? 'generated' }]
  : [
      { stories: 'stories', seeds: 'seeds', out: 'generated' },
      { stories: 'test/fixtures/stories', seeds: 'test/fixtures/seeds', out: 'generated/fixtures' },
    ]

const format = (p: Problem) => `${relative(process.cwd(), p.file)}:${p.line}:${p.column}  ${p.field ? `${p.field}: ` : ''}${p.message}`

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage)
  process.exit(0)
}
const pin = args.includes('--pin')
const quiet = args.includes('--quiet')
const glance = args.includes('--glance')

let failed = 0
for (const root of roots) {
  if (!existsSync(root.stories)) continue
  for (const name of readdirSync(root.stories).sort()) {
    const dir = join(root.stories, name)
    if (!statSync(dir).isDirectory()) continue
    let result = compileStory(dir, root.seeds)
    if (pin && result.unpinned.length > 0) {
      for (const { file, pins } of result.unpinned) {
        writePins(file, pins)
        console.log(`pinned ${Object.keys(pins).length} paragraph(s) in ${relative(process.cwd(), file)}`)
      }
      result = compileStory(dir, root.seeds)
    }
    const problems = [...result.problems, ...result.unfinished].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    for (const p of problems) console.error(format(p))
    if (!result.data || result.unfinished.length > 0) {
      failed += problems.length
      continue
    }
    mkdirSync(root.out, { recursive: true })
    writeFileSync(join(root.out, `${name}.json`), JSON.stringify(result.data))
    const { articles, topics, statements, timeline, dataVersion } = result.data
    if (!quiet)
      console.log(
        `${dir}: ${articles.length} articles, ${topics.length} topics, ${Object.keys(statements).length} statements, ${timeline.length} events; data version ${dataVersion}`,
      )
    if (glance) console.log(glanceReport(result.data).join('\n'))
  }
}
if (failed > 0) {
  console.error(`\n${failed} problem(s): nothing was compiled for the stories above; fix them and run npm run check:data again.`)
  process.exit(1)
}
