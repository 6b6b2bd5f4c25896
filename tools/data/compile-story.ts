import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { buildCorpus } from '../../src/corpus/corpus'
import { parseArticle, SeedMismatchError } from '../../src/corpus/parse-article'
import type { Article } from '../../src/corpus/types'
import { normaliseForMatch } from '../../src/curation/normalise'
import type { Report, Speaker, Statement, StoryData, Topic, TimelineEvent, DatePrecision } from '../../src/curation/types'
import { contentHash } from '../../src/factsheet/data-version'
import { checkReport } from './check-report'
import { fingerprint } from './fingerprint'
import {
  articleSchema,
  speakersSchema,
  storySchema,
  timelineSchema,
  topicSchema,
  type ReportFile,
  type StatementFile,
  type TopicFile,
} from './schema'
import { validateFile } from './validate-file'
import type { Path, Problem, YamlFile } from './yaml-file'

export interface CompileResult {
  data?: StoryData
  problems: Problem[]
  /** Paragraphs not yet pinned, per article file: what `--pin` writes. */
  unpinned: { file: string; pins: Record<string, string> }[]
}

const precisionOf = (date: string): DatePrecision => (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day')

const isCalendarDate = (date: string): boolean => {
  const [y, m = '01', d = '01'] = date.split('-')
  const at = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  return at.getUTCFullYear() === Number(y) && at.getUTCMonth() === Number(m) - 1 && at.getUTCDate() === Number(d)
}

/** Phrases a summary puts in quotation marks: each must be words some cited statement contains. */
const quotedPhrases = (summary: string): string[] =>
  [...summary.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]!).filter((p) => p.trim().length > 0)

/** Compiles one story folder (story.yaml, speakers.yaml, articles/, topics/, timeline.yaml) and its seeds. */
export const compileStory = (storyDir: string, seedsDir: string): CompileResult => {
  const problems: Problem[] = []
  const unpinned: CompileResult['unpinned'] = []
  const storyId = basename(storyDir)
  const at = (yaml: YamlFile, path: Path, message: string) => problems.push(yaml.problem(path, message))

  const storyFile = validateFile(join(storyDir, 'story.yaml'), storySchema)
  problems.push(...storyFile.problems)
  const speakersFile = validateFile(join(storyDir, 'speakers.yaml'), speakersSchema)
  problems.push(...speakersFile.problems)
  const story = storyFile.value
  if (!story || !storyFile.yaml) return { problems, unpinned }
  const actorIds = story.actors.map((a) => a.id)
  const speakerIds = speakersFile.value ?? {}

  if (speakersFile.yaml)
    for (const [id, speaker] of Object.entries(speakerIds))
      if (speaker.actor !== 'other' && !actorIds.includes(speaker.actor))
        at(speakersFile.yaml, [id, 'actor'], `unknown actor "${speaker.actor}"; use one of: ${[...actorIds, 'other'].join(', ')}`)

  const listed = (folder: string, ids: string[], field: string) => {
    const dir = join(storyDir, folder)
    const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)) : []
    for (const id of present)
      if (!ids.includes(id)) at(storyFile.yaml!, [field], `${folder}/${id}.yaml is not listed under ${field}; add "${id}" or delete the file`)
  }
  listed('articles', story.articles, 'articles')
  listed('topics', story.topics, 'topics')

  // Articles: parse each seed with its confirmed furniture, then hold every paragraph to its pin.
  const articles: Article[] = []
  story.articles.forEach((id, i) => {
    const file = join(storyDir, 'articles', `${id}.yaml`)
    const checked = validateFile(file, articleSchema)
    problems.push(...checked.problems)
    const meta = checked.value
    const yaml = checked.yaml
    if (!meta || !yaml) {
      if (!existsSync(file)) problems.at(-1)!.message = `article "${id}" is listed in story.yaml (articles[${i}]) but ${file} is missing`
      return
    }
    const seedPath = join(seedsDir, storyId, meta.file)
    if (!existsSync(seedPath)) {
      at(yaml, ['file'], `no seed file ${seedPath}: copy the page text there unchanged`)
      return
    }
    let parsed
    try {
      parsed = parseArticle(readFileSync(seedPath, 'utf8'), meta)
    } catch (error) {
      if (!(error instanceof SeedMismatchError)) throw error
      at(yaml, ['furniture'], error.message)
      return
    }
    const pins: Record<string, string> = {}
    for (const p of parsed.paragraphs) {
      const want = meta.paragraphs[p.id]
      const have = fingerprint(p.text)
      if (!want) pins[p.id] = have
      else if (want !== have)
        at(yaml, ['paragraphs', p.id], `${p.id} no longer has the text it was pinned to (now "${p.text.slice(0, 60)}…"): a parsing change moved the paragraph ids; fix the furniture rules, do not re-pin`)
    }
    for (const pinned of Object.keys(meta.paragraphs))
      if (!parsed.paragraphs.some((p) => p.id === pinned))
        at(yaml, ['paragraphs', pinned], `${pinned} is pinned but the text has only ${parsed.paragraphs.length} paragraphs: a parsing change dropped one`)
    if (Object.keys(pins).length > 0) {
      unpinned.push({ file, pins })
      at(yaml, ['paragraphs'], `${Object.keys(pins).length} paragraph(s) not pinned (${Object.keys(pins).slice(0, 3).join(', ')}…): run npm run check:data -- --pin`)
    }
    articles.push({
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
  })
  const corpus = buildCorpus(articles)
  const articleIds = new Set(articles.map((a) => a.id))
  const aliasOwner = new Map<string, string>()
  for (const a of articles)
    for (const alias of a.aliases) {
      if (articleIds.has(alias) || aliasOwner.has(alias)) problems.push({ file: join(storyDir, 'articles', `${a.id}.yaml`), line: 1, column: 1, field: 'aliases', message: `alias "${alias}" is already an article id or alias` })
      aliasOwner.set(alias, a.id)
    }

  const compileReport = (yaml: YamlFile, path: Path, report: ReportFile, kind: Report['kind']): Report | undefined => {
    if (!articleIds.has(report.article) && corpus.articles.length === story.articles.length) {
      at(yaml, [...path, 'article'], `unknown article "${report.article}"; the story's articles are: ${story.articles.join(', ')}`)
      return undefined
    }
    if (!articleIds.has(report.article)) return undefined // its own file has a problem already
    const checked = checkReport(report, kind, corpus)
    if ('problem' in checked) {
      at(yaml, [...path, 'text', ...(checked.segment === undefined ? [] : [checked.segment])], checked.problem)
      return undefined
    }
    return { kind, article: report.article, paragraph: report.paragraph, segments: checked.segments, ...(report.via ? { via: report.via } : {}) }
  }

  // Topics, read whole first so a statement may be cited before the topic that defines it.
  const topicFiles = story.topics.flatMap((slug) => {
    const checked = validateFile(join(storyDir, 'topics', `${slug}.yaml`), topicSchema)
    problems.push(...checked.problems)
    return checked.value && checked.yaml ? [{ slug, yaml: checked.yaml, topic: checked.value }] : []
  })

  const statements: Record<string, Statement> = {}
  const definedAt = new Map<string, { yaml: YamlFile; path: Path }>()
  const compileStatement = (yaml: YamlFile, path: Path, s: StatementFile, actor: string): Statement | undefined => {
    const ids = s.speaker === undefined ? [] : typeof s.speaker === 'string' ? [s.speaker] : s.speaker
    const speakers: Speaker[] = []
    for (const sid of ids) {
      const speaker = speakerIds[sid]
      if (!speaker) at(yaml, [...path, 'speaker'], `unknown speaker "${sid}"; add it to speakers.yaml or use one of: ${Object.keys(speakerIds).join(', ')}`)
      else speakers.push({ name: speaker.name, role: speaker.role, actor: speaker.actor })
    }
    if (speakers.length !== ids.length) return undefined
    if (speakers.length === 0 && s.kind !== 'characterisation')
      at(yaml, [...path, 'speaker'], `a ${s.kind} needs a speaker; only an outlet's characterisation of an actor has none`)
    if (!isCalendarDate(s.date)) at(yaml, [...path, 'date'], `"${s.date}" is not a real date`)
    const reports = s.reports.map((r, i) => compileReport(yaml, [...path, 'reports', i], r, r.kind ?? s.kind))
    if (s.reports[0]?.kind && s.reports[0].kind !== s.kind)
      at(yaml, [...path, 'reports', 0, 'kind'], `the first report gives the statement its kind (${s.kind}); set kind on the statement instead`)
    if (reports.some((r) => !r)) return undefined
    const actors = speakers.length > 0 ? [...new Set(speakers.map((sp) => sp.actor))] : [actor]
    return {
      id: s.id,
      kind: s.kind,
      speakers,
      actors,
      date: s.date,
      precision: precisionOf(s.date),
      ...(s.dateNote ? { dateNote: s.dateNote } : {}),
      reports: reports as Report[],
    }
  }

  for (const { yaml, topic } of topicFiles)
    for (const [actor, position] of Object.entries(topic.positions))
      position.statements.forEach((entry, i) => {
        if (typeof entry === 'string') return
        const path: Path = ['positions', actor, 'statements', i]
        const first = definedAt.get(entry.id)
        if (first) {
          at(yaml, [...path, 'id'], `statement id "${entry.id}" is already defined in ${first.yaml.file}; cite it by id instead of repeating it`)
          return
        }
        definedAt.set(entry.id, { yaml, path })
        const compiled = compileStatement(yaml, path, entry, actor)
        if (compiled) statements[entry.id] = compiled
      })

  const ownWords = (s: Statement, actor: string) => s.kind !== 'characterisation' && s.speakers.some((sp) => sp.actor === actor)
  const containsPhrase = (phrase: string, cited: Statement[]) => {
    const needle = normaliseForMatch(phrase).toLowerCase()
    return cited.some((s) => s.reports.some((r) => r.segments.some((seg) => normaliseForMatch(seg).toLowerCase().includes(needle))))
  }

  const topics: Topic[] = topicFiles.map(({ slug, yaml, topic }) => compileTopic(slug, yaml, topic))

  function compileTopic(slug: string, yaml: YamlFile, topic: TopicFile): Topic {
    for (const actor of Object.keys(topic.positions))
      if (!actorIds.includes(actor)) at(yaml, ['positions', actor], `unknown actor "${actor}"; the story's actors are: ${actorIds.join(', ')}`)
    const onTopic: Statement[] = []
    const positions = actorIds.flatMap((actor) => {
      const position = topic.positions[actor]
      if (!position) {
        at(yaml, ['positions'], `no position for "${actor}": every topic has all ${actorIds.length} actors (stance: none where the sources say nothing)`)
        return []
      }
      const path: Path = ['positions', actor]
      const cited = position.statements.flatMap((entry, i) => {
        const id = typeof entry === 'string' ? entry : entry.id
        const s = statements[id]
        if (!s) {
          if (typeof entry === 'string' && !definedAt.has(id)) at(yaml, [...path, 'statements', i], `no statement "${id}" is defined on any topic`)
          return []
        }
        if (!s.actors.includes(actor))
          at(yaml, [...path, 'statements', i], `statement "${id}" speaks for ${s.actors.join(' and ')}, not ${actor}: a wrong attribution`)
        return [s]
      })
      onTopic.push(...cited)
      const hasOwn = cited.some((s) => ownWords(s, actor))
      if (position.stance === 'none') {
        if (position.basis) at(yaml, [...path, 'basis'], 'stance "none" rests on nothing: remove basis')
        if (hasOwn) at(yaml, [...path, 'stance'], `stance "none" but ${actor}'s own words are cited: choose the stance they support`)
      } else if (!position.basis) {
        at(yaml, [...path, 'basis'], `stance "${position.stance}" needs a basis: ${hasOwn ? 'own-words' : cited.length > 0 ? 'outlet-reports' : 'none of the statements supports it'}`)
      } else if (position.basis === 'own-words' && !hasOwn) {
        at(yaml, [...path, 'basis'], `basis "own-words" but no quote or paraphrase of ${actor}'s own speakers is cited: use outlet-reports, or stance none`)
      } else if (position.basis === 'outlet-reports' && hasOwn) {
        at(yaml, [...path, 'basis'], `basis "outlet-reports" but ${actor}'s own words are cited: use own-words`)
      }
      if (position.stance !== 'none' && cited.length === 0)
        at(yaml, [...path, 'stance'], `stance "${position.stance}" without any statement to support it: cite one, or use stance none`)
      for (const phrase of quotedPhrases(position.summary))
        if (!containsPhrase(phrase, cited)) at(yaml, [...path, 'summary'], `the summary quotes "${phrase}", which no statement cited here contains`)
      return [{ actor, stance: position.stance, ...(position.basis ? { basis: position.basis } : {}), summary: position.summary, statements: cited.map((s) => s.id) }]
    })
    for (const phrase of quotedPhrases(topic.summary))
      if (!containsPhrase(phrase, onTopic)) at(yaml, ['summary'], `the summary quotes "${phrase}", which no statement cited on this topic contains`)
    const figures = topic.figures.flatMap((figure, i) => {
      const reports = figure.reports.map((r, j) => compileReport(yaml, ['figures', i, 'reports', j], r, 'characterisation'))
      if (reports.some((r) => !r)) return []
      return [{ id: figure.id, label: figure.label, value: figure.value, reports: (reports as Report[]).map(({ article, paragraph, segments }) => ({ article, paragraph, segments })) }]
    })
    // Ids as written, so a statement with a problem of its own does not also make its anchors look wrong.
    const cited = new Set(Object.values(topic.positions).flatMap((p) => p.statements.map((e) => (typeof e === 'string' ? e : e.id))))
    for (const [anchor, id] of Object.entries(topic.anchors))
      if (!cited.has(id)) at(yaml, ['anchors', anchor], `anchor ${anchor} points to "${id}", which this topic does not cite`)
    return { slug, title: topic.title, summary: topic.summary, positions, figures, anchors: topic.anchors }
  }

  // The timeline: dated events, oldest first, on topics that exist.
  const timelineFile = validateFile(join(storyDir, 'timeline.yaml'), timelineSchema)
  problems.push(...timelineFile.problems)
  const timeline: TimelineEvent[] = []
  if (timelineFile.value && timelineFile.yaml) {
    const yaml = timelineFile.yaml
    const seen = new Set<string>()
    timelineFile.value.forEach((event: (typeof timelineFile.value)[number], i: number) => {
      if (seen.has(event.id)) at(yaml, [i, 'id'], `duplicate event id "${event.id}"`)
      seen.add(event.id)
      if (!isCalendarDate(event.date)) at(yaml, [i, 'date'], `"${event.date}" is not a real date`)
      const previous = timelineFile.value![i - 1]
      if (previous && previous.date > event.date) at(yaml, [i, 'date'], `out of order: comes after ${previous.id} (${previous.date}); events run oldest first`)
      event.topics.forEach((slug, j) => {
        if (!story.topics.includes(slug)) at(yaml, [i, 'topics', j], `unknown topic "${slug}"; the story's topics are: ${story.topics.join(', ')}`)
      })
      if (new Set(event.topics).size !== event.topics.length) at(yaml, [i, 'topics'], 'a topic is listed twice')
      const reports = event.reports.map((r, j) => compileReport(yaml, [i, 'reports', j], r, r.kind ?? 'characterisation'))
      if (reports.some((r) => !r)) return
      const { id, date, dateNote, caution, title, topics: on } = event
      timeline.push({ id, date, precision: precisionOf(date), ...(dateNote ? { dateNote } : {}), ...(caution ? { caution } : {}), title, topics: on, reports: reports as Report[] })
    })
  }

  if (problems.length > 0) return { problems, unpinned }
  const body = { story: { id: storyId, title: story.title, corpusName: story.corpusName, sourcesPhrase: story.sourcesPhrase, actors: story.actors }, articles, statements, topics, timeline }
  return { data: { ...body, dataVersion: contentHash(JSON.stringify(body)) }, problems, unpinned }
}
