import type { FactEvent, FactSheet, Timeline } from '../factsheet/model'
import { referenceJson, sourceRefJson, statementJson, tellingId } from './json-statement'

const eventJson = (e: FactEvent) => ({
  id: e.id,
  date: e.date,
  precision: e.precision,
  dateNote: e.dateNote || undefined,
  caution: e.caution || undefined,
  title: e.title,
  topics: e.topics,
  outlets: e.outlets,
  sources: e.reports.map((r) => Object.assign(sourceRefJson(r.source), { wording: r.text })),
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
    basis: p.basis || undefined,
    stanceWithBasis: p.stanceWithBasis,
    summary: p.summary,
    telling: tellingId(p),
    statements: p.statements.map(statementJson),
  })),
  figures: sheet.figures.map((f) => ({ label: f.label, value: f.value, sources: f.sources.map(sourceRefJson) })),
  events: sheet.events.map(eventJson),
  sources: sheet.articles,
  references: sheet.references.map(referenceJson),
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
  references: timeline.references.map(referenceJson),
})
