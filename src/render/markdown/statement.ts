import type { FactStatement, Wording } from '../../factsheet/model'
import { formatDate } from '../format-date'
import { kindLabels } from '../kind-labels'
import { footnoteMark } from './citations'
import { escapeMarkdown } from './escape'

const wording = (kind: Wording['kind'], text: string) => (kind === 'quote' ? `“${escapeMarkdown(text)}”` : escapeMarkdown(text))

const corroboration = (s: FactStatement) =>
  s.newsrooms.length === 1
    ? `Single source: only ${escapeMarkdown(s.newsrooms[0] ?? '')} reports this.`
    : `Corroborated by ${s.newsrooms.length} newsrooms: ${s.newsrooms.map(escapeMarkdown).join(', ')}.`

/** One statement as a block quote: preferred wording, speaker and date, grade, corroboration, other outlets' wordings. */
export const statementMarkdown = (s: FactStatement): string => {
  const [first, ...others] = s.wordings
  const lines = [
    `> ${wording(s.kind, s.quote)}${first ? ` ${footnoteMark(first.source)}` : ''}`,
    '>',
    `> — **${escapeMarkdown(s.speaker.name)}**, ${escapeMarkdown(s.speaker.role)}, ${formatDate(s.date)}${s.dateNote ? ` (${escapeMarkdown(s.dateNote)})` : ''}`,
    '>',
    `> *${kindLabels[s.kind]}.* ${corroboration(s)}`,
  ]
  if (others.length > 0)
    lines.push('>', '> Other wordings:', '>', ...others.map((w) => `> - ${escapeMarkdown(w.source.outlet)}: ${wording(w.kind, w.text)} ${footnoteMark(w.source)}`))
  return lines.join('\n')
}
