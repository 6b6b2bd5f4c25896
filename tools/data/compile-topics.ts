import { join } from 'node:path'
import { normaliseForMatch } from '../../src/curation/normalise'
import type { Basis, KeyFigure, Position, Report, Statement, Topic } from '../../src/curation/types'
import type { Reporter, StoryContext } from './compile-context'
import { basisMeaning, basisOfStatement, strongerBasis } from './basis'
import { compileReport, type CompiledStatements } from './compile-statements'
import { topicSchema, type PositionFile, type TopicFile } from './schema'
import { validateFile } from './validate-file'
import type { Path, YamlFile } from './yaml-file'

export interface TopicSource {
  slug: string
  yaml: YamlFile
  topic: TopicFile
}

/** The story's topic files, read whole before any is compiled so a statement may be cited before the topic that defines it. */
export const readTopics = (ctx: Reporter, storyDir: string, slugs: string[]): TopicSource[] =>
  slugs.flatMap((slug) => {
    const checked = ctx.read(validateFile(join(storyDir, 'topics', `${slug}.yaml`), topicSchema))
    return checked.value && checked.yaml ? [{ slug, yaml: checked.yaml, topic: checked.value }] : []
  })

/** Phrases a summary puts in quotation marks: each must be words some cited statement contains. */
const quotedPhrases = (summary: string): string[] =>
  [...summary.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]!).filter((p) => p.trim().length > 0)

const containsPhrase = (phrase: string, cited: Statement[]) => {
  const needle = normaliseForMatch(phrase).toLowerCase()
  return cited.some((s) => s.reports.some((r) => r.segments.some((seg) => normaliseForMatch(seg).toLowerCase().includes(needle))))
}

/** What one cited statement gives an actor's stance. */
const basisFrom = (s: Statement, actor: string): Basis => basisOfStatement(s.kind, s.speakers.some((sp) => sp.actor === actor))

/** The basis a set of cited statements gives an actor's stance: its strongest evidence, or none at all. */
const basisGiven = (cited: Statement[], actor: string): Basis | undefined =>
  cited.reduce<Basis | undefined>((basis, s) => strongerBasis(basis, basisFrom(s, actor)), undefined)

/** The statements a position cites, each speaking for its actor. */
const citedBy = (ctx: StoryContext, yaml: YamlFile, path: Path, actor: string, position: PositionFile, compiled: CompiledStatements): Statement[] =>
  position.statements.flatMap((entry, i) => {
    const id = typeof entry === 'string' ? entry : entry.id
    const s = compiled.statements[id]
    if (!s) {
      if (typeof entry === 'string' && !compiled.definedIn.has(id)) ctx.at(yaml, [...path, 'statements', i], `no statement "${id}" is defined on any topic`)
      return []
    }
    if (!s.actors.includes(actor))
      ctx.at(yaml, [...path, 'statements', i], `statement "${id}" speaks for ${s.actors.join(' and ')}, not ${actor}: a wrong attribution`)
    return [s]
  })

/** A stance rests on what is cited, and its basis names the strongest of it: own words, reported speech, outlets. */
const checkStance = (ctx: StoryContext, yaml: YamlFile, path: Path, actor: string, position: PositionFile, cited: Statement[]): void => {
  const given = basisGiven(cited, actor)
  if (position.stance === 'none') {
    if (position.basis) ctx.at(yaml, [...path, 'basis'], 'stance "none" rests on nothing: remove basis')
    if (given === 'own-words' || given === 'reported-speech')
      ctx.at(yaml, [...path, 'stance'], `stance "none" but ${actor}'s speakers are quoted or paraphrased here: choose the stance they support`)
  } else if (!given) {
    ctx.at(yaml, [...path, 'stance'], `stance "${position.stance}" without any statement to support it: cite one, or use stance none`)
  } else if (!position.basis) {
    ctx.at(yaml, [...path, 'basis'], `stance "${position.stance}" needs a basis: ${given} (${basisMeaning[given]})`)
  } else if (position.basis !== given) {
    ctx.at(yaml, [...path, 'basis'], `basis "${position.basis}" but the statements cited give ${given} (${basisMeaning[given]}): use ${given}`)
  }
}

/** The statement shown at a glance is one this position cites, and its own words where the stance rests on them. */
const checkTelling = (ctx: StoryContext, yaml: YamlFile, path: Path, actor: string, position: PositionFile, cited: Statement[]): void => {
  const { telling } = position
  if (telling === undefined) return
  const at = [...path, 'telling']
  if (position.stance === 'none') return ctx.at(yaml, at, 'stance "none" shows no statement at a glance: remove telling')
  const statement = cited.find((s) => s.id === telling)
  if (!statement)
    return ctx.at(yaml, at, `"${telling}" is not among the statements this position cites; choose one of: ${cited.map((s) => s.id).join(', ')}`)
  if (position.basis !== 'outlet-reports' && basisFrom(statement, actor) === 'outlet-reports')
    ctx.at(yaml, at, `the stance rests on ${actor}'s own words, but "${telling}" is an outlet's characterisation: choose a quote or paraphrase of ${actor}'s speakers`)
}

const compilePosition = (
  ctx: StoryContext,
  yaml: YamlFile,
  actor: string,
  position: PositionFile,
  compiled: CompiledStatements,
): { position: Position; cited: Statement[] } => {
  const path: Path = ['positions', actor]
  const cited = citedBy(ctx, yaml, path, actor, position, compiled)
  checkStance(ctx, yaml, path, actor, position, cited)
  for (const phrase of quotedPhrases(position.summary))
    if (!containsPhrase(phrase, cited)) ctx.at(yaml, [...path, 'summary'], `the summary quotes "${phrase}", which no statement cited here contains`)
  checkTelling(ctx, yaml, path, actor, position, cited)
  const { stance, basis, summary, telling } = position
  return { position: { actor, stance, ...(basis ? { basis } : {}), summary, ...(telling ? { telling } : {}), statements: cited.map((s) => s.id) }, cited }
}

const compileFigures = (ctx: StoryContext, yaml: YamlFile, figures: TopicFile['figures']): KeyFigure[] =>
  figures.flatMap((figure, i) => {
    const reports = figure.reports.map((r, j) => compileReport(ctx, yaml, ['figures', i, 'reports', j], r, 'characterisation'))
    if (reports.some((r) => !r)) return []
    return [{ id: figure.id, label: figure.label, value: figure.value, reports: (reports as Report[]).map(({ article, paragraph, segments }) => ({ article, paragraph, segments })) }]
  })

const checkAnchors = (ctx: StoryContext, yaml: YamlFile, topic: TopicFile): void => {
  // Ids as written, so a statement with a problem of its own does not also make its anchors look wrong.
  const cited = new Set(Object.values(topic.positions).flatMap((p) => p.statements.map((e) => (typeof e === 'string' ? e : e.id))))
  for (const [anchor, id] of Object.entries(topic.anchors))
    if (!cited.has(id)) ctx.at(yaml, ['anchors', anchor], `anchor ${anchor} points to "${id}", which this topic does not cite`)
}

const compileTopic = (ctx: StoryContext, { slug, yaml, topic }: TopicSource, compiled: CompiledStatements): Topic => {
  const actorIds = ctx.story.actors.map((a) => a.id)
  for (const actor of Object.keys(topic.positions))
    if (!actorIds.includes(actor)) ctx.at(yaml, ['positions', actor], `unknown actor "${actor}"; the story's actors are: ${actorIds.join(', ')}`)
  const positions = actorIds.flatMap((actor) => {
    const position = topic.positions[actor]
    if (position) return [compilePosition(ctx, yaml, actor, position, compiled)]
    ctx.at(yaml, ['positions'], `no position for "${actor}": every topic has all ${actorIds.length} actors (stance: none where the sources say nothing)`)
    return []
  })
  const onTopic = positions.flatMap((p) => p.cited)
  for (const phrase of quotedPhrases(topic.summary))
    if (!containsPhrase(phrase, onTopic)) ctx.at(yaml, ['summary'], `the summary quotes "${phrase}", which no statement cited on this topic contains`)
  const figures = compileFigures(ctx, yaml, topic.figures)
  checkAnchors(ctx, yaml, topic)
  return { slug, title: topic.title, summary: topic.summary, positions: positions.map((p) => p.position), figures, anchors: topic.anchors }
}

/** Each topic with one position per story actor, each stance held to the statements it cites. */
export const compileTopics = (ctx: StoryContext, sources: TopicSource[], compiled: CompiledStatements): Topic[] =>
  sources.map((source) => compileTopic(ctx, source, compiled))
