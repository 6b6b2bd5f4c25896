import type { FactSheet } from '../../factsheet/model'
import { formatDateRange } from '../format-date'
import { plural } from '../plural'
import { footnoteMark, footnotes } from './citations'
import { escapeMarkdown, markdownLink } from './escape'
import { eventMarkdown } from './event'
import { provenance, type MarkdownOptions } from './options'
import { stanceMarkdown, tableMarkdown } from './stance'
import { statementMarkdown } from './statement'

export interface FactSheetMarkdownOptions extends MarkdownOptions {
  /** The `actors=` query when the sheet was narrowed to some actors; the document then says so. */
  actorFilter?: string
}

/** A topic's fact sheet as Markdown with footnote citations, for pasting into documents and wikis. */
export const factSheetMarkdown = (sheet: FactSheet, options: FactSheetMarkdownOptions): string => {
  const url = `${options.origin}/topics/${sheet.slug}`
  const blocks = [
    `# ${escapeMarkdown(sheet.title)}`,
    escapeMarkdown(sheet.summary),
    `*Sources published ${formatDateRange(sheet.dateRange)} · ${plural(sheet.articles.length, 'outlet')} · ${plural(sheet.references.length, 'cited paragraph')} · online at <${url}>*`,
  ]
  if (options.actorFilter)
    blocks.push(
      `**Showing ${sheet.positions.map((p) => escapeMarkdown(p.actorName)).join(', ')} only** (\`${options.actorFilter}\`); source numbers are those of this selection. Every actor: <${url}>`,
    )
  blocks.push(tableMarkdown(['Actor', 'Stance'], sheet.positions.map((p) => [escapeMarkdown(p.actorName), stanceMarkdown(p.stance, p.stanceWithBasis)])))
  for (const p of sheet.positions) {
    blocks.push(`## ${escapeMarkdown(p.actorName)}`, `**Stance:** ${stanceMarkdown(p.stance, p.stanceWithBasis)}`, escapeMarkdown(p.summary))
    blocks.push(...p.statements.map(statementMarkdown))
  }
  if (sheet.figures.length > 0)
    blocks.push(
      '## Key figures',
      sheet.figures.map((f) => `- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)} ${f.sources.map(footnoteMark).join(' ')}`).join('\n'),
    )
  if (sheet.events.length > 0) blocks.push('## Timeline', sheet.events.map(eventMarkdown).join('\n'), `Every dated event in ${escapeMarkdown(sheet.sourcesPhrase)}: <${options.origin}/timeline>`)
  blocks.push('---', `${provenance(sheet.corpusName, options)} ${markdownLink('Sources', `${options.origin}/sources`)}.`)
  if (sheet.references.length > 0) blocks.push(footnotes(sheet.references, options.origin).join('\n'))
  return `${blocks.join('\n\n')}\n`
}
