import type { FactEvent, FactSheet, SourceRef, Timeline } from '../factsheet/model'

const sourceJson = (s: SourceRef) => ({
  n: s.n,
  article: s.article,
  outlet: s.outlet,
  affiliation: s.affiliation,
  paragraph: s.paragraph,
  url: s.href,
  ...(s.qualityNote ? { qualityNote: s.qualityNote } : {}),
})

const eventJson = (e: FactEvent) => ({
  id: e.id,
  date: e.date,
  precision: e.precision,
  ...(e.dateNote ? { dateNote: e.dateNote } : {}),
  ...(e.caution ? { caution: e.caution } : {}),
  title: e.title,
  topics: e.topics,
  outlets: e.outlets,
  sources: e.reports.map((r) => ({ ...sourceJson(r.source), wording: r.text })),
})

/** The API shape of a fact sheet (documented in the README); a plain object ready for JSON.stringify. */
export const factSheetJson = (sheet: FactSheet, dataVersion: string) => ({
  slug: sheet.slug,
  title: sheet.title,
  summary: sheet.summary,
  dateRange: sheet.dateRange,
  dataVersion,
  positions: sheet.positions.map((p) => ({
    actor: p.actor,
    actorName: p.actorName,
    stance: p.stance,
    stanceLabel: p.stanceLabel,
    summary: p.summary,
    statements: p.statements.map((s) => ({
      id: s.id,
      kind: s.kind,
      quote: s.quote,
      speaker: s.speaker,
      date: s.date,
      ...(s.dateNote ? { dateNote: s.dateNote } : {}),
      outlets: s.outlets,
      corroboration: { newsrooms: s.newsrooms, count: s.newsrooms.length, singleSource: s.newsrooms.length === 1 },
      sources: s.wordings.map((w) => ({ ...sourceJson(w.source), kind: w.kind, wording: w.text })),
    })),
  })),
  figures: sheet.figures.map((f) => ({ label: f.label, value: f.value, sources: f.sources.map(sourceJson) })),
  events: sheet.events.map(eventJson),
  sources: sheet.articles,
  references: sheet.references.map((r) => ({ ...sourceJson(r), headline: r.headline, date: r.date })),
})

export const topicsIndexJson = (sheets: FactSheet[], dataVersion: string) => ({
  dataVersion,
  topics: sheets.map((s) => ({
    slug: s.slug,
    title: s.title,
    summary: s.summary,
    links: { html: `/topics/${s.slug}`, pdf: `/topics/${s.slug}.pdf`, json: `/api/topics/${s.slug}` },
  })),
})

/** The API shape of the timeline: every event, the topics they link to, and the numbered paragraphs they cite. */
export const timelineJson = (timeline: Timeline, dataVersion: string) => ({
  dataVersion,
  events: timeline.events.map(eventJson),
  topics: timeline.topics.map((t) => ({ slug: t.slug, title: t.title, url: `/topics/${t.slug}` })),
  references: timeline.references.map((r) => ({ ...sourceJson(r), headline: r.headline, date: r.date })),
})
