import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArticle, SeedMismatchError } from '../../src/corpus/parse-article'
import type { Article } from '../../src/corpus/types'
import type { Reporter } from './compile-context'
import { fingerprint } from './fingerprint'
import { articleSchema, type ArticleFile } from './schema'
import { pendingReview } from './unfinished'
import { validateFile } from './validate-file'
import type { YamlFile } from './yaml-file'

/** Paragraphs of one article file not yet pinned: what `--pin` writes. */
export interface Unpinned {
  file: string
  pins: Record<string, string>
}

type Parsed = ReturnType<typeof parseArticle>

/** Holds every paragraph to its pin; returns the pins of the paragraphs that have none yet. */
const checkPins = (ctx: Reporter, yaml: YamlFile, meta: ArticleFile, parsed: Parsed): Record<string, string> => {
  const pins: Record<string, string> = {}
  for (const p of parsed.paragraphs) {
    const want = meta.paragraphs[p.id]
    const have = fingerprint(p.text)
    if (!want) pins[p.id] = have
    else if (want !== have)
      ctx.at(yaml, ['paragraphs', p.id], `${p.id} no longer has the text it was pinned to (now "${p.text.slice(0, 60)}…"): a parsing change moved the paragraph ids; fix the furniture rules, do not re-pin`)
  }
  for (const pinned of Object.keys(meta.paragraphs))
    if (!parsed.paragraphs.some((p) => p.id === pinned))
      ctx.at(yaml, ['paragraphs', pinned], `${pinned} is pinned but the text has only ${parsed.paragraphs.length} paragraphs: a parsing change dropped one`)
  return pins
}

const toArticle = (id: string, meta: ArticleFile, parsed: Parsed): Article => ({
  id,
  outlet: meta.outlet,
  affiliation: meta.affiliation,
  ownership: meta.ownership,
  newsroom: meta.newsroom,
  wireMaterial: meta.wireMaterial,
  ...(meta.provenanceNote ? { provenanceNote: meta.provenanceNote } : {}),
  aliases: meta.aliases,
  file: meta.file,
  date: { iso: meta.date, basis: meta.dateBasis },
  credit: meta.credit.text,
  ...(meta.qualityNote ? { qualityNote: meta.qualityNote } : {}),
  ...parsed,
})

/** One article: its seed parsed with its confirmed furniture, then every paragraph held to its pin. */
const compileArticle = (
  ctx: Reporter,
  storyDir: string,
  seedDir: string,
  id: string,
  i: number,
): { article: Article; unpinned?: Unpinned } | undefined => {
  const file = join(storyDir, 'articles', `${id}.yaml`)
  const checked = ctx.read(validateFile(file, articleSchema))
  const meta = checked.value
  const yaml = checked.yaml
  if (!meta || !yaml) {
    if (!existsSync(file)) ctx.problems.at(-1)!.message = `article "${id}" is listed in story.yaml (articles[${i}]) but ${file} is missing`
    return undefined
  }
  ctx.unfinished.push(...pendingReview(yaml, meta.review))
  const seedPath = join(seedDir, meta.file)
  if (!existsSync(seedPath)) {
    ctx.at(yaml, ['file'], `no seed file ${seedPath}: copy the page text there unchanged`)
    return undefined
  }
  let parsed
  try {
    parsed = parseArticle(readFileSync(seedPath, 'utf8'), meta)
  } catch (error) {
    if (!(error instanceof SeedMismatchError)) throw error
    ctx.at(yaml, ['furniture'], error.message)
    return undefined
  }
  const pins = checkPins(ctx, yaml, meta, parsed)
  const article = toArticle(id, meta, parsed)
  const missing = Object.keys(pins)
  if (missing.length === 0) return { article }
  ctx.at(yaml, ['paragraphs'], `${missing.length} paragraph(s) not pinned (${missing.slice(0, 3).join(', ')}…): run npm run check:data -- --pin`)
  return { article, unpinned: { file, pins } }
}

/** An alias names one article only, and no article by its id. */
const checkAliases = (ctx: Reporter, storyDir: string, articles: Article[]): void => {
  const ids = new Set(articles.map((a) => a.id))
  const taken = new Set<string>()
  for (const a of articles)
    for (const alias of a.aliases) {
      if (ids.has(alias) || taken.has(alias)) ctx.problems.push({ file: join(storyDir, 'articles', `${a.id}.yaml`), line: 1, column: 1, field: 'aliases', message: `alias "${alias}" is already an article id or alias` })
      taken.add(alias)
    }
}

/** The story's articles, in the order listed, from their files and the seeds in `seedDir`. */
export const compileArticles = (ctx: Reporter, storyDir: string, seedDir: string, ids: string[]): { articles: Article[]; unpinned: Unpinned[] } => {
  const articles: Article[] = []
  const unpinned: Unpinned[] = []
  ids.forEach((id, i) => {
    const compiled = compileArticle(ctx, storyDir, seedDir, id, i)
    if (!compiled) return
    articles.push(compiled.article)
    if (compiled.unpinned) unpinned.push(compiled.unpinned)
  })
  checkAliases(ctx, storyDir, articles)
  return { articles, unpinned }
}
