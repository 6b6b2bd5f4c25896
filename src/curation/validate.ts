import type { Corpus } from '../corpus/corpus'
import { findVerbatim, normaliseForMatch } from './normalise'
import { actorIds, isActorId, stanceIds, type Report, type Topic } from './types'

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** Where a report's text fails to stand verbatim in the paragraph it cites; undefined when it holds. */
export const checkReport = (report: Report, kind: string, corpus: Corpus): string | undefined => {
  const article = corpus.article(report.article)
  if (!article) return `unknown article "${report.article}"`
  const paragraph = corpus.paragraph(report.article, report.paragraph)
  if (!paragraph) return `unknown paragraph ${report.article}#${report.paragraph}`
  const found = findVerbatim(paragraph.text, report.text)
  if (!found) return `text not verbatim in ${report.article}#${report.paragraph}: "${report.text}"`
  const needle = normaliseForMatch(report.text)
  // The comma before a closing quote mark belongs to the outlet's sentence ("…terms," he said), not the words.
  if (/[,;:]$/.test(needle)) return `text ends in punctuation that belongs to the outlet's sentence: "${report.text}"`
  if (kind === 'quote') {
    // A quote must sit inside one pair of quotation marks: an odd count of marks before it, none within.
    const marksBefore = normaliseForMatch(paragraph.text.slice(0, found.start)).split('"').length - 1
    if (marksBefore % 2 === 0 || needle.includes('"'))
      return `quote is not inside quotation marks in ${report.article}#${report.paragraph}: "${report.text}"`
  }
  return undefined
}

/**
 * A statement cited on several topics must be the same statement everywhere: one speaker's report of one
 * paragraph text identifies it, and any difference in date, note or reports is drift between copies.
 */
const checkStatementsAgree = (topics: Topic[]): string[] => {
  const problems: string[] = []
  const first = new Map<string, { where: string; json: string }>()
  for (const topic of topics)
    for (const actor of actorIds)
      topic.positions[actor]?.statements.forEach((statement, i) => {
        const where = `${topic.slug}: ${actor} statement ${i + 1}`
        const json = JSON.stringify({ ...statement, reports: statement.reports.map((r) => ({ ...r, text: normaliseForMatch(r.text) })) })
        for (const r of statement.reports) {
          const key = `${statement.speaker.name}|${r.article}#${r.paragraph}|${normaliseForMatch(r.text)}`
          const seen = first.get(key)
          if (!seen) first.set(key, { where, json })
          else if (seen.json !== json) problems.push(`${where}: differs from ${seen.where}, which reports the same words (${r.article}#${r.paragraph})`)
        }
      })
  return [...new Set(problems)]
}

/** Every broken invariant of the curated topics, as readable lines; empty when the data is sound. */
export const validateTopics = (topics: Topic[], corpus: Corpus): string[] => {
  const problems: string[] = checkStatementsAgree(topics)
  const slugs = new Set<string>()
  for (const topic of topics) {
    const where = (s: string) => problems.push(`${topic.slug}: ${s}`)
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(topic.slug)) where('slug must be lower-case words joined by hyphens')
    if (slugs.has(topic.slug)) where('duplicate slug')
    slugs.add(topic.slug)
    const actors = Object.keys(topic.positions)
    for (const actor of actorIds) if (!actors.includes(actor)) where(`no position for actor "${actor}"`)
    for (const actor of actors) if (!isActorId(actor)) where(`unknown actor "${actor}"`)
    for (const actor of actorIds) {
      const position = topic.positions[actor]
      if (!position) continue
      if (!stanceIds.includes(position.stance)) where(`${actor}: unknown stance "${position.stance}"`)
      if (!position.summary.trim()) where(`${actor}: empty summary`)
      if (position.stance === 'none' && position.statements.some((s) => s.kind !== 'characterisation'))
        where(`${actor}: stance "none" but the actor has quoted or paraphrased statements`)
      if (position.stance !== 'none' && position.statements.length === 0)
        where(`${actor}: stance "${position.stance}" without any statement to support it`)
      position.statements.forEach((statement, i) => {
        const at = `${actor} statement ${i + 1}`
        if (!isoDate.test(statement.date)) where(`${at}: date "${statement.date}" is not YYYY-MM-DD`)
        if (!statement.speaker.name.trim() || !statement.speaker.role.trim()) where(`${at}: speaker needs a name and a role`)
        if (statement.reports.length === 0) where(`${at}: no report`)
        if (statement.reports[0]?.kind && statement.reports[0].kind !== statement.kind)
          where(`${at}: the first report sets the statement's kind; do not override it there`)
        for (const report of statement.reports) {
          const problem = checkReport(report, report.kind ?? statement.kind, corpus)
          if (problem) where(`${at}: ${problem}`)
        }
      })
    }
    for (const figure of topic.figures)
      for (const report of figure.reports) {
        const problem = checkReport(report, 'characterisation', corpus)
        if (problem) where(`figure "${figure.label}": ${problem}`)
      }
  }
  return problems
}
