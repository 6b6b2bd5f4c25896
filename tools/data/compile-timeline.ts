import { join } from 'node:path'
import type { Report, TimelineEvent } from '../../src/curation/types'
import type { StoryContext } from './compile-context'
import { compileReport, isCalendarDate, precisionOf } from './compile-statements'
import { timelineSchema, type EventFile } from './schema'
import { validateFile } from './validate-file'
import type { YamlFile } from './yaml-file'

const compileEvent = (ctx: StoryContext, yaml: YamlFile, events: EventFile[], i: number, seen: Set<string>): TimelineEvent | undefined => {
  const event = events[i]!
  if (seen.has(event.id)) ctx.at(yaml, [i, 'id'], `duplicate event id "${event.id}"`)
  seen.add(event.id)
  if (!isCalendarDate(event.date)) ctx.at(yaml, [i, 'date'], `"${event.date}" is not a real date`)
  const previous = events[i - 1]
  if (previous && previous.date > event.date) ctx.at(yaml, [i, 'date'], `out of order: comes after ${previous.id} (${previous.date}); events run oldest first`)
  event.topics.forEach((slug, j) => {
    if (!ctx.story.topics.includes(slug)) ctx.at(yaml, [i, 'topics', j], `unknown topic "${slug}"; the story's topics are: ${ctx.story.topics.join(', ')}`)
  })
  if (new Set(event.topics).size !== event.topics.length) ctx.at(yaml, [i, 'topics'], 'a topic is listed twice')
  const reports = event.reports.map((r, j) => compileReport(ctx, yaml, [i, 'reports', j], r, r.kind ?? 'characterisation'))
  if (reports.some((r) => !r)) return undefined
  const { id, date, dateNote, caution, title, topics: on } = event
  return { id, date, precision: precisionOf(date), ...(dateNote ? { dateNote } : {}), ...(caution ? { caution } : {}), title, topics: on, reports: reports as Report[] }
}

/** The timeline: dated events, oldest first, on topics that exist. */
export const compileTimeline = (ctx: StoryContext, storyDir: string): TimelineEvent[] => {
  const checked = ctx.read(validateFile(join(storyDir, 'timeline.yaml'), timelineSchema))
  const { value: events, yaml } = checked
  if (!events || !yaml) return []
  const seen = new Set<string>()
  return events.flatMap((_, i) => compileEvent(ctx, yaml, events, i, seen) ?? [])
}
