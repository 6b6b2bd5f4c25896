import type { Corpus } from '../corpus/corpus'
import type { DatePrecision, TimelineEvent } from './timeline'
import { checkReport } from './validate'

const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/
const dateShapes: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
}

/** True when the ISO date has the shape its precision asks for and names a real month and day. */
const isCalendarDate = (date: string, precision: DatePrecision): boolean => {
  const match = dateShapes[precision]?.exec(date)
  if (!match) return false
  const [, y, m = '01', d = '01'] = match
  const at = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  return at.getUTCFullYear() === Number(y) && at.getUTCMonth() === Number(m) - 1 && at.getUTCDate() === Number(d)
}

/** Every broken invariant of the curated timeline, as readable lines; empty when the data is sound. */
export const validateTimeline = (events: TimelineEvent[], topics: { slug: string }[], corpus: Corpus): string[] => {
  const problems: string[] = []
  const slugs = new Set(topics.map((t) => t.slug))
  const ids = new Set<string>()
  events.forEach((event, i) => {
    const where = (s: string) => problems.push(`event ${event.id || `#${i + 1}`}: ${s}`)
    if (!kebabCase.test(event.id)) where('id must be lower-case words joined by hyphens')
    if (ids.has(event.id)) where('duplicate id')
    ids.add(event.id)
    if (!isCalendarDate(event.date, event.precision))
      where(`date "${event.date}" is not an ISO date of precision "${event.precision}" (YYYY-MM-DD, YYYY-MM or YYYY)`)
    const previous = events[i - 1]
    if (previous && previous.date > event.date) where(`out of order: comes after ${previous.id} (${previous.date})`)
    if (!event.title.trim()) where('empty title')
    if (event.dateNote !== undefined && !event.dateNote.trim()) where('empty dateNote')
    for (const slug of event.topics) if (!slugs.has(slug)) where(`unknown topic "${slug}"`)
    if (new Set(event.topics).size !== event.topics.length) where('a topic is listed twice')
    if (event.reports.length === 0) where('no report')
    for (const report of event.reports) {
      const problem = checkReport(report, report.kind ?? 'characterisation', corpus)
      if (problem) where(problem)
    }
  })
  return problems
}
