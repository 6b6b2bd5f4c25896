import type { FactEvent } from '../../factsheet/model'
import { formatEventDate } from '../format-date'
import { footnoteMark } from './citations'
import { escapeMarkdown } from './escape'
import { printedWording } from '../../vocabulary'

/** `20 March 2023`, `February 2023` or `2014`: never more precise than the sources (as on the HTML timeline). */

/** One dated event as a list item: date, title, notes, then every outlet's words with its footnote. */
export const eventMarkdown = (e: FactEvent): string => {
  const lines = [`- **${formatEventDate(e)}**${e.precision !== 'day' ? ' (no exact day in the sources)' : ''}: ${escapeMarkdown(e.title)}`]
  if (e.dateNote) lines.push(`  *Date:* ${escapeMarkdown(e.dateNote)}`)
  if (e.caution) lines.push(`  *Caution:* ${escapeMarkdown(e.caution)}`)
  // A backslash at the end of a line is a hard line break (CommonMark), so each note keeps its own line.
  for (let i = 1; i < lines.length; i++) lines[i - 1] += '\\'
  for (const r of e.reports) lines.push(`  - ${escapeMarkdown(r.source.outlet)}: ${escapeMarkdown(printedWording('quote', r.text))} ${footnoteMark(r.source)}`)
  return lines.join('\n')
}
