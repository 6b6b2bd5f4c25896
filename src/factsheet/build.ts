import type { Corpus } from '../corpus/corpus'
import type { Report, Statement, Story, TimelineEvent, Topic } from '../curation/types'
import { characterisedRole, elision, stanceLabels, stanceWithBasis, type Corroboration } from '../vocabulary'
import type { ArticleSummary, FactEvent, FactSheet, FactStatement, SourceRef, Timeline, Wording } from './model'

type Cited = Pick<Report, 'article' | 'paragraph'>

/** A numbered source list filled in order of first citation. Compiled data always resolves (check:data saw to it). */
const sourceList = (corpus: Corpus) => {
  const references: SourceRef[] = []
  const byKey = new Map<string, SourceRef>()

  const cite = (report: Cited): SourceRef => {
    const key = `${report.article}#${report.paragraph}`
    const known = byKey.get(key)
    if (known) return known
    const article = corpus.article(report.article)
    if (!article) throw new Error(`Compiled data cites ${key}, which is not in the corpus: rebuild it with npm run check:data.`)
    const ref: SourceRef = {
      n: references.length + 1,
      article: article.id,
      paragraph: report.paragraph,
      outlet: article.outlet,
      affiliation: article.affiliation,
      ownership: article.ownership,
      newsroom: article.newsroom,
      wireMaterial: article.wireMaterial,
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

/**
 * Newsrooms count once each ("according to Reuters" counts as Reuters). Wire material is shared where one
 * report's newsroom is a wire another report's text says it carries, or two reports' texts carry the same wire.
 */
export const corroborationOf = (wordings: { source: SourceRef; via?: string }[]): Corroboration => {
  const newsrooms = [...new Set(wordings.map((w) => w.via ?? w.source.newsroom))]
  const shared = new Set<string>()
  wordings.forEach((a, i) =>
    wordings.forEach((b, j) => {
      if (i >= j || a.source.article === b.source.article) return
      for (const wire of a.source.wireMaterial) if (wire === (b.via ?? b.source.newsroom) || b.source.wireMaterial.includes(wire)) shared.add(wire)
      for (const wire of b.source.wireMaterial) if (wire === (a.via ?? a.source.newsroom)) shared.add(wire)
    }),
  )
  return { newsrooms, sharedWire: [...shared].sort() }
}

/** Who a statement is by; an outlet's characterisation names the actors it describes (`described`, in story order). */
const speakerLine = (statement: Statement, described: Story['actors']) =>
  statement.speakers.length === 0
    ? { name: described.map((a) => a.name).join(' and '), role: characterisedRole }
    : {
        name: statement.speakers.map((s) => s.name).join(' and '),
        role: statement.speakers.length > 1 ? `jointly (${statement.speakers.map((s) => s.role).join('; ')})` : statement.speakers[0]!.role,
      }

/** Curated events with their reports cited through `cite`, so they share the numbering of the page that shows them. */
const buildEvents = (events: TimelineEvent[], cite: (report: Cited) => SourceRef): FactEvent[] =>
  events.map((event) => {
    const reports = event.reports.map((report) => ({ text: report.segments.join(elision), source: cite(report) }))
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

export interface SheetInputs {
  story: Story
  corpus: Corpus
  statements: Record<string, Statement>
  timeline: TimelineEvent[]
}

/** Turns a compiled topic into the one model every format renders. */
export const buildFactSheet = (topic: Topic, { story, corpus, statements, timeline }: SheetInputs): FactSheet => {
  const { references, cite } = sourceList(corpus)
  const actors = new Map(story.actors.map((a) => [a.id, a]))

  const positions = topic.positions.map((position) => {
    const actor = actors.get(position.actor)
    const name = actor?.name ?? position.actor
    const shown = position.statements.map((id): FactStatement => {
      const statement = statements[id]
      if (!statement) throw new Error(`Compiled data names statement "${id}", which it does not define: rebuild it with npm run check:data.`)
      const wordings: Wording[] = statement.reports.map((report) => ({
        kind: report.kind,
        text: report.segments.join(elision),
        segments: report.segments,
        source: cite(report),
        ...(report.via ? { via: report.via } : {}),
      }))
      const corroboration = corroborationOf(wordings)
      const described = story.actors.filter((a) => statement.actors.includes(a.id))
      return {
        id: statement.id,
        kind: statement.kind,
        quote: wordings[0]?.text ?? '',
        speaker: speakerLine(statement, described),
        joint: statement.speakers.length > 1,
        ...(statement.speakers.length === 0 && described.length > 1 ? { about: described.map((a) => a.id) } : {}),
        date: statement.date,
        precision: statement.precision,
        ...(statement.dateNote ? { dateNote: statement.dateNote } : {}),
        wordings,
        outlets: [...new Set(wordings.map((w) => w.source.outlet))],
        corroboration,
      }
    })
    return {
      actor: position.actor,
      actorName: name,
      actorInSentence: actor?.inSentence ?? name,
      stance: position.stance,
      stanceLabel: stanceLabels[position.stance],
      ...(position.basis ? { basis: position.basis } : {}),
      stanceWithBasis: stanceWithBasis(position.stance, position.basis),
      summary: position.summary,
      ...(position.telling ? { telling: position.telling } : {}),
      statements: shown,
    }
  })

  const figures = topic.figures.map((figure) => ({ label: figure.label, value: figure.value, sources: figure.reports.map(cite) }))

  // Cited after statements and figures, so adding events never renumbers the sources above them.
  const events = buildEvents(timeline.filter((e) => e.topics.includes(topic.slug)), cite)

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
    corpusName: story.corpusName,
    sourcesPhrase: story.sourcesPhrase,
    anchors: topic.anchors,
  }
}

/** Every event with its own numbered source list, for the timeline page. */
export const buildTimeline = ({ story, corpus, timeline }: SheetInputs, topics: { slug: string; title: string }[]): Timeline => {
  const { references, cite } = sourceList(corpus)
  return {
    events: buildEvents(timeline, cite),
    references,
    topics: topics.map((t) => ({ slug: t.slug, title: t.title })),
    corpusName: story.corpusName,
    sourcesPhrase: story.sourcesPhrase,
  }
}
