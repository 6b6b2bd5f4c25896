import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Document, isMap, isSeq, parse, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml'
import { normaliseForMatch } from '../../src/curation/normalise'
import type { Basis } from '../../src/curation/types'
import { basisOfStatement, strongerBasis } from '../data/basis'
import { compileStory } from '../data/compile-story'
import type { Problem } from '../data/yaml-file'
import { loadArticle } from './load-article'
import { propose } from './propose'
import { reviewStep, startReview, type ReviewAction, type ReviewContext } from './review'
import { CurateError, readSpeakers, readStory, registerOf, resolveArticleId, type StoryPaths } from './story'
import type { Proposal } from './types'

const same = (a: string | string[], b: string[]) => normaliseForMatch([a].flat().join(' … ')) === normaliseForMatch(b.join(' … '))
const reviewFile = (story: StoryPaths, article: string) => join(story.storyDir, 'review', `${article}.yaml`)
const topicFile = (story: StoryPaths, slug: string) => join(story.storyDir, 'topics', `${slug}.yaml`)

type TopicData = { title: string; summary: string; positions: Record<string, { stance?: string; statements?: (string | { id: string; reports: { article: string; paragraph: string; text: string | string[] }[] })[] }> }
const readTopics = (story: StoryPaths) =>
  readStory(story).topics.map((slug) => ({ slug, data: parse(readFileSync(topicFile(story, slug), 'utf8')) as TopicData }))

/** Everything a review session reads from the story. */
export const reviewContext = (story: StoryPaths, idOrAlias: string, color = false): ReviewContext => {
  const id = resolveArticleId(story, idOrAlias)
  if (!id) throw new CurateError(`Unknown article "${idOrAlias}" in story ${story.id}; its articles are: ${readStory(story).articles.join(', ')}.`)
  const topics = readTopics(story)
  const statementIds = new Set(
    topics.flatMap((t) => Object.values(t.data.positions).flatMap((p) => (p.statements ?? []).flatMap((s) => (typeof s === 'string' ? [] : [s.id])))),
  )
  return {
    article: loadArticle(id, story),
    actors: readStory(story).actors,
    topics: topics.map((t) => ({ slug: t.slug, title: t.data.title, summary: t.data.summary, stances: Object.fromEntries(Object.entries(t.data.positions).map(([a, p]) => [a, p.stance ?? 'none'])) })),
    speakers: readSpeakers(story),
    statementIds,
    color,
  }
}

/** Proposals for an article not yet accepted into a topic nor rejected before. */
export const openProposals = (story: StoryPaths, ctx: ReviewContext): Proposal[] => {
  const article = ctx.article.id
  const rejected = existsSync(reviewFile(story, article))
    ? ((parse(readFileSync(reviewFile(story, article), 'utf8')) as { rejected?: { paragraph: string; text: string | string[] }[] } | null)?.rejected ?? [])
    : []
  const accepted = readTopics(story).flatMap((t) =>
    Object.values(t.data.positions).flatMap((p) => (p.statements ?? []).flatMap((s) => (typeof s === 'string' ? [] : s.reports.filter((r) => r.article === article)))),
  )
  return propose(ctx.article, registerOf(story)).filter(
    (p) => ![...rejected, ...accepted].some((r) => r.paragraph === p.paragraph && same(r.text, p.segments)),
  )
}

const edit = (file: string, change: (doc: Document) => void) => {
  const doc = existsSync(file) ? parseDocument(readFileSync(file, 'utf8')) : new Document({})
  change(doc)
  writeFileSync(file, doc.toString({ lineWidth: 0 }))
}

/** Writes an accepted statement (and a new speaker or topic) and compiles; on a problem in those files, rolls back. */
export const applyAction = (story: StoryPaths, action: ReviewAction): { ok: boolean; messages: string[] } => {
  if (action.type === 'reject') {
    mkdirSync(join(story.storyDir, 'review'), { recursive: true })
    const { paragraph, segments } = action.proposal
    edit(reviewFile(story, action.article), (doc) => {
      if (!isSeq(doc.get('rejected'))) doc.set('rejected', doc.createNode([]))
      ;(doc.get('rejected') as { add: (v: unknown) => void }).add(doc.createNode({ paragraph, text: segments.length === 1 ? segments[0] : segments }))
    })
    return { ok: true, messages: [] }
  }
  const storyFile = join(story.storyDir, 'story.yaml')
  const speakersFile = join(story.storyDir, 'speakers.yaml')
  const topic = topicFile(story, action.topic)
  const touched = [storyFile, speakersFile, topic]
  const backup = new Map(touched.map((f) => [f, existsSync(f) ? readFileSync(f, 'utf8') : undefined]))

  if (action.newTopic) {
    const { actors } = readStory(story)
    const doc = new Document({
      title: `TO WRITE: ${action.topic.replace(/-/g, ' ')}`,
      summary: 'TO WRITE: a neutral summary of where each actor stands.',
      positions: Object.fromEntries(actors.map((a) => [a.id, { stance: 'none', summary: `These sources report no ${a.name} statement on this topic.`, statements: [] }])),
    })
    doc.commentBefore = ' yaml-language-server: $schema=../../../schema/topic.schema.json'
    writeFileSync(topic, doc.toString({ lineWidth: 0 }))
    edit(storyFile, (doc) => (doc.get('topics') as { add: (v: unknown) => void }).add(action.topic))
  }
  if (action.newSpeaker) {
    const { id, ...speaker } = action.newSpeaker
    edit(speakersFile, (doc) => doc.set(id, doc.createNode(speaker)))
  }
  edit(topic, (doc) => {
    const position = doc.getIn(['positions', action.actor])
    if (!isMap(position)) doc.setIn(['positions', action.actor], doc.createNode({ stance: 'none', summary: 'TO WRITE', statements: [] }))
    const statements = (doc.getIn(['positions', action.actor]) as YAMLMap).get('statements')
    if (!isSeq(statements)) doc.setIn(['positions', action.actor, 'statements'], doc.createNode([]))
    const seq = doc.getIn(['positions', action.actor, 'statements']) as YAMLSeq
    seq.flow = false // "statements: []" was written inline; a curator reads one statement a block
    seq.add(doc.createNode(action.statement))
    if (action.stance) {
      doc.setIn(['positions', action.actor, 'stance'], action.stance)
      doc.setIn(['positions', action.actor, 'summary'], `TO WRITE: ${action.actor} ${action.stance}, resting on ${action.statement.id}.`)
    }
    if (doc.getIn(['positions', action.actor, 'stance']) !== 'none') {
      const basis = doc.getIn(['positions', action.actor, 'basis']) as Basis | undefined
      const raised = strongerBasis(basis, basisOfStatement(action.statement.kind, action.statement.speaker !== undefined))
      if (raised !== basis) doc.setIn(['positions', action.actor, 'basis'], raised)
    }
  })

  const { problems, unfinished } = compileStory(story.storyDir, join(story.seedsDir, '..'))
  const ours = problems.filter((p: Problem) => touched.includes(p.file))
  if (ours.length === 0) {
    const toWrite = unfinished.filter((p) => touched.includes(p.file))
    return {
      ok: true,
      messages: [
        `wrote ${action.statement.id} to ${relative(process.cwd(), topic)}; it compiles`,
        ...(toWrite.length > 0 ? ['still to write before check:data builds the story:', ...toWrite.map((p) => `  ${relative(process.cwd(), p.file)}:${p.line} ${p.field}`)] : []),
      ],
    }
  }
  for (const [file, text] of backup) if (text !== undefined) writeFileSync(file, text)
    else rmSync(file, { force: true })
  return { ok: false, messages: ['not written (rolled back):', ...ours.map((p) => `  ${relative(process.cwd(), p.file)}:${p.line} ${p.field}: ${p.message}`)] }
}

/** A whole review session from scripted input (keys, and lines where a prompt asks for one); returns the transcript. */
export const runReview = (story: StoryPaths, articleId: string, inputs: string[], color = false): string[] => {
  const ctx = reviewContext(story, articleId, color)
  let result = startReview(ctx, openProposals(story, ctx))
  const transcript = [...result.output]
  for (const input of inputs) {
    if (result.state.done) break
    transcript.push(`> ${input === '\r' ? '⏎' : input}`)
    result = reviewStep(ctx, result.state, input)
    const [first = '', ...others] = result.output
    transcript.push(first, ...(result.action ? applyAction(story, result.action).messages : []), ...others)
  }
  return transcript
}
