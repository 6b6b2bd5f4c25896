import type { ActorRecord } from '../../factsheet/actor-record'
import { kindBreakdown } from '../kind-labels'
import { plural } from '../plural'
import { footnotes } from './citations'
import { escapeMarkdown, markdownLink } from './escape'
import { provenance, type MarkdownOptions } from './options'
import { stanceMarkdown, tableMarkdown } from './stance'
import { statementMarkdown } from './statement'

/** One actor across every topic as Markdown: stances, speakers, then each topic's statements with footnote citations. */
export const actorRecordMarkdown = (record: ActorRecord, options: MarkdownOptions): string => {
  const { origin } = options
  const name = escapeMarkdown(record.actorInSentence)
  const blocks = [
    `# ${escapeMarkdown(record.actorName)}: positions on every topic`,
    `Everything ${escapeMarkdown(record.sourcesPhrase)} quote or report from ${name}, grouped by topic, with the stance each fact sheet records.`,
    `*${plural(record.statementCount, 'statement')} · ${plural(record.speakers.length, 'speaker')} · ${plural(record.references.length, 'cited paragraph')} · online at <${origin}/actors/${record.actor}>*`,
    tableMarkdown(['Topic', 'Stance'], record.topics.map((t) => [markdownLink(t.title, `${origin}${t.href}`), stanceMarkdown(t.stance, t.stanceWithBasis)])),
    '## Speakers',
    record.speakers.length === 0
      ? `These sources quote no one for ${name}.`
      : tableMarkdown(
          ['Speaker', 'Role', 'Statements'],
          record.speakers.map((s) => [escapeMarkdown(s.name), s.roles.map(escapeMarkdown).join('; '), `${s.statements} (${kindBreakdown(s.kinds)})`]),
        ),
  ]
  for (const t of record.topics) {
    blocks.push(`## ${escapeMarkdown(t.title)}`, `**Stance:** ${stanceMarkdown(t.stance, t.stanceWithBasis)}`, escapeMarkdown(t.summary))
    blocks.push(...t.statements.map(statementMarkdown))
    blocks.push(`All actors on this topic: <${origin}${t.href}>`)
  }
  blocks.push('---', provenance(record.corpusName, options))
  if (record.references.length > 0) blocks.push(footnotes(record.references, origin).join('\n'))
  return `${blocks.join('\n\n')}\n`
}
