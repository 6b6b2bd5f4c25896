import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { Document, isSeq, parseDocument } from 'yaml'
import { parseArticle } from '../../src/corpus/parse-article'
import { fingerprint } from '../data/fingerprint'
import { readPageFile } from './load-article'
import { CurateError, readStory, type StoryPaths } from './story'

export interface AddResult {
  id: string
  seedFile: string
  articleFile: string
  /** What `add` prints: metadata, every line dropped with its reason, every paragraph kept, what to confirm. */
  report: string
}

const slug = (s: string) =>
  s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/\(.*?\)/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

/** Copies a page-text file into the story's seeds, writes its metadata file marked for review, lists it, pins it. */
export const addArticle = (file: string, story: StoryPaths, options: { id?: string; cwd?: string } = {}): AddResult => {
  const { text, analysis } = readPageFile(file)
  const { rules, outlet, date, wireMaterial, suspected, parsed } = analysis
  const storyData = readStory(story)
  const seedName = basename(file)
  const seedFile = join(story.seedsDir, seedName)
  if (existsSync(seedFile) && readFileSync(seedFile, 'utf8') !== text)
    throw new CurateError(`${seedFile} exists with different text; rename the new file or remove the old seed first.`)
  let id = options.id ?? (slug(outlet?.value ?? '') || slug(seedName.replace(/\.[^.]+$/, '')))
  if (!options.id) for (let n = 2; storyData.articles.includes(id); n++) id = `${slug(outlet?.value ?? seedName)}-${n}`
  if (storyData.articles.includes(id)) throw new CurateError(`Story ${story.id} already has an article "${id}"; give another with --id.`)
  const articleFile = join(story.storyDir, 'articles', `${id}.yaml`)
  if (existsSync(articleFile)) throw new CurateError(`${articleFile} exists already; give another id with --id.`)

  mkdirSync(story.seedsDir, { recursive: true })
  if (!existsSync(seedFile)) copyFileSync(file, seedFile)

  const outletName = outlet?.value ?? 'TO CONFIRM'
  const review = [
    'Written by npm run curate -- add; confirm each point, then delete this field.',
    `- outlet "${outletName}": ${outlet ? `read from ${outlet.basis}` : 'not found in the text; fill it in'}`,
    `- newsroom: who wrote the text (proposed: the outlet); corroboration counts newsrooms`,
    '- affiliation and ownership: who owns or funds the outlet; the text does not say',
    `- date ${date?.value ?? '(none)'}: ${date ? `read from ${date.basis}` : 'the text shows no full date; fill it in'}`,
    `- credit (${rules.credit.from}): "${rules.credit.text}"`,
    ...(wireMaterial.length ? [`- wire material the text names: ${wireMaterial.join(', ')}`] : []),
    ...suspected.map((s) => `- furniture (${s.reason}), suspected, not generic: "${s.line}"; delete it here if it is news text, then re-pin`),
  ].join('\n')
  const doc = new Document({
    file: seedName,
    outlet: outletName,
    newsroom: outletName,
    affiliation: `${outletName}; owner not confirmed`,
    ownership: 'unconfirmed',
    wireMaterial,
    date: date?.value ?? 'YYYY-MM-DD',
    dateBasis: date ? `Proposed from ${date.basis}; to confirm.` : 'TO CONFIRM: the text shows no full date.',
    credit: rules.credit,
    furniture: rules.furniture,
    paragraphs: Object.fromEntries(parseArticle(text, rules).paragraphs.map((p) => [p.id, fingerprint(p.text)])),
    review,
  })
  doc.commentBefore = ' yaml-language-server: $schema=../../../schema/article.schema.json'
  mkdirSync(join(story.storyDir, 'articles'), { recursive: true })
  writeFileSync(articleFile, doc.toString({ lineWidth: 0 }))

  // story.yaml through the Document API, so its comments and layout stay as the curator wrote them.
  const storyFile = join(story.storyDir, 'story.yaml')
  const storyDoc = parseDocument(readFileSync(storyFile, 'utf8'))
  const articles = storyDoc.get('articles')
  if (isSeq(articles)) articles.add(id)
  writeFileSync(storyFile, storyDoc.toString({ lineWidth: 0 }))


  const rel = (p: string) => relative(options.cwd ?? process.cwd(), p)
  const suspectedLines = new Set(suspected.map((s) => s.line))
  const out = [
    `Added ${seedName} to story ${story.id} as article "${id}".`,
    `  seed      ${rel(seedFile)} (copied verbatim)`,
    `  metadata  ${rel(articleFile)} (marked for review)`,
    '',
    'Proposed metadata',
    `  headline  ${parsed.headline}`,
    `  outlet    ${outletName}${outlet ? `  (from ${outlet.basis})` : ''}`,
    `  date      ${date?.value ?? 'none found'}${date ? `  (from ${date.basis})` : ''}`,
    `  credit    ${rules.credit.text}  (${rules.credit.from === 'line' ? 'a line of its own' : 'opens the lede'})`,
    `  wire      ${wireMaterial.join(', ') || 'none named'}`,
    '  ownership left for you to confirm',
    '',
    `Lines dropped (${parsed.dropped.length}); * = suspected, confirm in furniture`,
    ...parsed.dropped.map((d) => `  line ${String(d.line).padStart(3)}  ${(d.reason + (suspectedLines.has(d.text) ? '*' : '')).padEnd(16)} ${d.text}`),
    '',
    `Paragraphs kept (${parsed.paragraphs.length}), pinned`,
    ...parsed.paragraphs.map((p) => `  ${p.id.padEnd(4)} ${p.text}`),
    '',
    `To confirm: the review field of ${rel(articleFile)} (${suspected.length} furniture line(s), outlet, ownership, date).`,
    `Next: npm run curate -- review ${id}${story.id === 'xi-putin-moscow-2023' ? '' : ` --story ${story.id}`}`,
  ]
  return { id, seedFile, articleFile, report: out.join('\n') }
}
