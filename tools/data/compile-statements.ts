import type { Report, Speaker, Statement, DatePrecision } from '../../src/curation/types'
import { checkReport } from './check-report'
import type { StoryContext } from './compile-context'
import type { ReportFile, StatementFile, TopicFile } from './schema'
import type { Path, YamlFile } from './yaml-file'

export const precisionOf = (date: string): DatePrecision => (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day')

export const isCalendarDate = (date: string): boolean => {
  const [y, m = '01', d = '01'] = date.split('-')
  const at = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  return at.getUTCFullYear() === Number(y) && at.getUTCMonth() === Number(m) - 1 && at.getUTCDate() === Number(d)
}

/** One report held to the paragraph it cites; undefined where it has a problem. */
export const compileReport = (ctx: StoryContext, yaml: YamlFile, path: Path, report: ReportFile, kind: Report['kind']): Report | undefined => {
  const known = ctx.corpus.article(report.article) !== undefined
  if (!known && ctx.corpus.articles.length === ctx.story.articles.length) {
    ctx.at(yaml, [...path, 'article'], `unknown article "${report.article}"; the story's articles are: ${ctx.story.articles.join(', ')}`)
    return undefined
  }
  if (!known) return undefined // its own file has a problem already
  const checked = checkReport(report, kind, ctx.corpus)
  if ('problem' in checked) {
    ctx.at(yaml, [...path, 'text', ...(checked.segment === undefined ? [] : [checked.segment])], checked.problem)
    return undefined
  }
  return { kind, article: report.article, paragraph: report.paragraph, segments: checked.segments, ...(report.via ? { via: report.via } : {}) }
}

const compileStatement = (ctx: StoryContext, yaml: YamlFile, path: Path, s: StatementFile, actor: string): Statement | undefined => {
  const ids = s.speaker === undefined ? [] : typeof s.speaker === 'string' ? [s.speaker] : s.speaker
  const speakers: Speaker[] = []
  for (const sid of ids) {
    const speaker = ctx.speakers[sid]
    if (!speaker) ctx.at(yaml, [...path, 'speaker'], `unknown speaker "${sid}"; add it to speakers.yaml or use one of: ${Object.keys(ctx.speakers).join(', ')}`)
    else speakers.push({ name: speaker.name, role: speaker.role, actor: speaker.actor })
  }
  if (speakers.length !== ids.length) return undefined
  if (speakers.length === 0 && s.kind !== 'characterisation')
    ctx.at(yaml, [...path, 'speaker'], `a ${s.kind} needs a speaker; only an outlet's characterisation of an actor has none`)
  const actorIds = ctx.story.actors.map((a) => a.id)
  if (s.about && s.kind !== 'characterisation')
    ctx.at(yaml, [...path, 'about'], `only a characterisation names the actors it is about; a ${s.kind} speaks for its speakers' actors`)
  s.about?.forEach((about, i) => {
    if (!actorIds.includes(about)) ctx.at(yaml, [...path, 'about', i], `unknown actor "${about}"; the story's actors are: ${actorIds.join(', ')}`)
  })
  if (s.about && new Set(s.about).size !== s.about.length) ctx.at(yaml, [...path, 'about'], 'an actor is listed twice')
  if (!isCalendarDate(s.date)) ctx.at(yaml, [...path, 'date'], `"${s.date}" is not a real date`)
  const reports = s.reports.map((r, i) => compileReport(ctx, yaml, [...path, 'reports', i], r, r.kind ?? s.kind))
  if (s.reports[0]?.kind && s.reports[0].kind !== s.kind)
    ctx.at(yaml, [...path, 'reports', 0, 'kind'], `the first report gives the statement its kind (${s.kind}); set kind on the statement instead`)
  if (reports.some((r) => !r)) return undefined
  const actors = speakers.length > 0 ? [...new Set(speakers.map((sp) => sp.actor))] : (s.about ?? [actor])
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

export interface CompiledStatements {
  /** By id: the statements that compiled. */
  statements: Record<string, Statement>
  /** Every statement id a topic defines, compiled or not, and the file that defines it. */
  definedIn: ReadonlyMap<string, YamlFile>
}

/** The statements the topics define in full (the others cite them by id), each id defined once. */
export const compileStatements = (ctx: StoryContext, topics: { yaml: YamlFile; topic: TopicFile }[]): CompiledStatements => {
  const statements: Record<string, Statement> = {}
  const definedIn = new Map<string, YamlFile>()
  // Each report's words, by paragraph: the same words reported twice are one statement, cited wherever it belongs.
  const reportedBy = new Map<string, string>()
  for (const { yaml, topic } of topics)
    for (const [actor, position] of Object.entries(topic.positions))
      position.statements.forEach((entry, i) => {
        if (typeof entry === 'string') return
        const path: Path = ['positions', actor, 'statements', i]
        const first = definedIn.get(entry.id)
        if (first) {
          ctx.at(yaml, [...path, 'id'], `statement id "${entry.id}" is already defined in ${first.file}; cite it by id instead of repeating it`)
          return
        }
        definedIn.set(entry.id, yaml)
        const compiled = compileStatement(ctx, yaml, path, entry, actor)
        if (!compiled) return
        statements[entry.id] = compiled
        compiled.reports.forEach((r, j) => {
          const key = `${r.article}#${r.paragraph} ${r.segments.join(' … ')}`
          const first = reportedBy.get(key)
          if (first)
            ctx.at(yaml, [...path, 'reports', j], `the same words, from the same paragraph, as statement "${first}": cite "${first}" by id instead (a characterisation that describes several actors takes about: [...])`)
          else reportedBy.set(key, entry.id)
        })
      })
  return { statements, definedIn }
}
