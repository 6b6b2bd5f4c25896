import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { formatScore, scoreArticle, sumScores, normaliseSpan, type AnswerKey, type Score } from './eval'
import { loadArticle } from './load-article'
import { propose } from './propose'
import { loadRegister } from './register'
import { CurateError, readStory, registerOf, repoRoot, storyPaths } from './story'

const HELP = `Usage: npm run eval:curate [-- --story <id>] [--keys DIR] [--fictional-register FILE] [--verbose]
Runs propose on every article of the story (default xi-putin-moscow-2023) and on the fictional test articles,
and scores each against its hand-made answer key (default test/fixtures/curate/keys/<article or alias>.json).
Fictional articles use a register of the fictional world's actor names only, so their actor figures measure role inference.`

const args = process.argv.slice(2)
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback
}

const main = (): number => {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP)
    return 0
  }
  const story = storyPaths(opt('--story', 'xi-putin-moscow-2023'))
  const keysDir = opt('--keys', join(repoRoot, 'test/fixtures/curate/keys'))
  const fictionalRegister = loadRegister(opt('--fictional-register', join(repoRoot, 'test/curate/registers/fictional-world.yaml')))
  const verbose = args.includes('--verbose')
  const readKey = (name: string) => JSON.parse(readFileSync(join(keysDir, `${name}.json`), 'utf8')) as AnswerKey
  const groups: Record<'seeds' | 'fictional', { label: string; score: Score }[]> = { seeds: [], fictional: [] }
  const score = (group: 'seeds' | 'fictional', label: string, key: AnswerKey, proposals: ReturnType<typeof propose>) => {
    const s = scoreArticle(key, proposals)
    groups[group].push({ label, score: s })
    if (verbose) {
      for (const m of s.missed) console.log(`  ${label} MISSED ${m.paragraph} ${m.kind} ${normaliseSpan(m.segments).slice(0, 90)}`)
      for (const r of s.rejected) console.log(`  ${label} EXTRA  ${r.paragraph} ${r.kind} ${normaliseSpan(r.segments).slice(0, 90)}`)
    }
  }

  // The story's articles, each scored against the key under its id or one of its earlier ids (aliases).
  const register = registerOf(story)
  for (const id of readStory(story).articles) {
    const meta = parse(readFileSync(join(story.storyDir, 'articles', `${id}.yaml`), 'utf8')) as { aliases?: string[] }
    const keyName = [id, ...(meta.aliases ?? [])].find((n) => existsSync(join(keysDir, `${n}.json`)))
    if (!keyName) {
      console.log(`  ${id}: no answer key in ${keysDir}`)
      continue
    }
    score('seeds', keyName === id ? id : `${id} (key ${keyName})`, readKey(keyName), propose(loadArticle(id, story), register))
  }
  // The fictional articles: keys whose text is a file outside seeds/.
  for (const file of readdirSync(keysDir).filter((f) => f.endsWith('.json')).sort()) {
    const key = readKey(file.replace(/\.json$/, ''))
    if (key.file.startsWith('seeds/')) continue
    const article = loadArticle(join(repoRoot, key.file), story)
    score('fictional', key.article, key, propose({ ...article, date: article.date ?? key.articleDate }, fictionalRegister))
  }
  for (const [name, rows] of Object.entries(groups)) {
    if (!rows.length) continue
    console.log(`\n${name}`)
    for (const r of rows) console.log(formatScore(`  ${r.label}`, r.score))
    console.log(formatScore(`  overall (${name})`, sumScores(rows.map((r) => r.score))))
  }
  const all = sumScores([...groups.seeds, ...groups.fictional].map((r) => r.score))
  console.log(`\n${formatScore('overall (all)', all)}`)
  return 0
}

try {
  process.exitCode = main()
} catch (error) {
  if (!(error instanceof CurateError)) throw error
  console.error(error.message)
  process.exitCode = 1
}
