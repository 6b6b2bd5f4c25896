import type { Corpus } from '../corpus/corpus'
import { findVerbatim } from '../curation/normalise'
import { actorNames, stanceLabels } from '../curation/actors'
import { timeline as curatedTimeline, type TimelineEvent } from '../curation/timeline'
import { actorIds, type Report, type Topic } from '../curation/types'
import type { ArticleSummary, FactEvent, FactSheet, FactStatement, SourceRef, Timeline } from './model'

export const corpusName = 'Five news reports on the Xi–Putin talks in Moscow, 20–21 March 2023'

/** The outlet's own characters for a report (curators may type other quote marks or spacing); throws if absent. */
const excerpt = (corpus: Corpus, report: Report): string => {
  const paragraph = corpus.paragraph(report.article, report.paragraph)
  const found = paragraph && findVerbatim(paragraph.text, report.text)
  if (!paragraph || !found) throw new Error(`"${report.text}" is not in ${report.article}#${report.paragraph}.`)
  return paragraph.text.slice(found.start, found.end)
}

/** A numbered source list filled in order of first citation; `owner` names the data in the error for a bad reference. */
const sourceList = (corpus: Corpus, owner: string) => {
  const references: SourceRef[] = []
  const byKey = new Map<string, SourceRef>()

  const cite = (report: Report): SourceRef => {
    const key = `${report.article}#${report.paragraph}`
    const known = byKey.get(key)
    if (known) return known
    const article = corpus.article(report.article)
    if (!article || !corpus.paragraph(report.article, report.paragraph))
      throw new Error(`${owner} cites ${key}, which is not in the corpus.`)
    const ref: SourceRef = {
      n: references.length + 1,
      article: article.id,
      paragraph: report.paragraph,
      outlet: article.outlet,
      affiliation: article.affiliation,
      ownership: article.ownership,
      newsroom: article.newsroom,
      headline: article.headline,
      date: article.date.iso,
      ...(article.qualityNote ? { qualityNote: article.qualityNote } : {}),
      href: `/sources/${article.id}#${report.paragraph}`,
    }
    references.push(ref)
    byKey.set(key, ref)
    return ref
  }
  return { references, cite }
}

/** Curated events with their reports cited through `cite`, so they share the numbering of the page that shows them. */
const buildEvents = (events: TimelineEvent[], corpus: Corpus, cite: (report: Report) => SourceRef): FactEvent[] =>
  events.map((event) => {
    const reports = event.reports.map((report) => ({ text: excerpt(corpus, report), source: cite(report) }))
    return {
      id: event.id,
      date: event.date,
      precision: event.precision,
      ...(event.dateNote ? { dateNote: event.dateNote } : {}),
      ...(event.caution ? { caution: event.caution } : {}),
      title: event.title,
      topics: [...event.topics],
      reports,
      outlets: [...new Set(reports.map((r) => r.source.outlet))],
      newsrooms: [...new Set(reports.map((r) => r.source.newsroom))],
    }
  })

/** Turns a curated topic into the one model every format renders; throws if the data cites what the corpus lacks. */
export const buildFactSheet = (topic: Topic, corpus: Corpus, timeline: TimelineEvent[] = curatedTimeline): FactSheet => {
  const { references, cite } = sourceList(corpus, `Topic "${topic.slug}"`)

  const positions = actorIds.map((actor) => {
    const position = topic.positions[actor]
    const statements = position.statements.map((statement, i): FactStatement => {
      const wordings = statement.reports.map((report) => ({
        kind: report.kind ?? statement.kind,
        text: excerpt(corpus, report),
        source: cite(report),
      }))
      return {
        id: `${actor}-${i + 1}`,
        kind: statement.kind,
        quote: wordings[0]?.text ?? '',
        speaker: statement.speaker,
        date: statement.date,
        ...(statement.dateNote ? { dateNote: statement.dateNote } : {}),
        wordings,
        outlets: [...new Set(wordings.map((w) => w.source.outlet))],
        newsrooms: [...new Set(wordings.map((w) => w.source.newsroom))],
      }
    })
    return {
      actor,
      actorName: actorNames[actor],
      stance: position.stance,
      stanceLabel: stanceLabels[position.stance],
      summary: position.summary,
      statements,
    }
  })

  const figures = topic.figures.map((figure) => ({
    label: figure.label,
    value: figure.value,
    sources: figure.reports.map(cite),
  }))

  // Cited after statements and figures, so adding events never renumbers the sources above them.
  const events = buildEvents(timeline.filter((e) => e.topics.includes(topic.slug)), corpus, cite)

  const cited = new Set(references.map((r) => r.article))
  const articles: ArticleSummary[] = corpus.articles
    .filter((a) => cited.has(a.id))
    .map((a) => ({
      article: a.id,
      outlet: a.outlet,
      affiliation: a.affiliation,
      newsroom: a.newsroom,
      headline: a.headline,
      date: a.date.iso,
      ...(a.qualityNote ? { qualityNote: a.qualityNote } : {}),
    }))
  const dates = articles.map((a) => a.date).sort()

  return {
    slug: topic.slug,
    title: topic.title,
    summary: topic.summary,
    positions,
    figures,
    events,
    references,
    articles,
    dateRange: { from: dates[0] ?? '', to: dates[dates.length - 1] ?? '' },
    corpusName,
  }
}

/** Every event with its own numbered source list, for the timeline page; throws on a topic slug that is not in `topics`. */
export const buildTimeline = (corpus: Corpus, topics: { slug: string; title: string }[], timeline: TimelineEvent[] = curatedTimeline): Timeline => {
  const { references, cite } = sourceList(corpus, 'The timeline')
  const known = new Set(topics.map((t) => t.slug))
  for (const event of timeline)
    for (const slug of event.topics) if (!known.has(slug)) throw new Error(`Event "${event.id}" names topic "${slug}", which does not exist.`)
  return {
    events: buildEvents(timeline, corpus, cite),
    references,
    topics: topics.map((t) => ({ slug: t.slug, title: t.title })),
    corpusName,
  }
}
