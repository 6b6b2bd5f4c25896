import type { FactStatement, Wording } from '../../factsheet/model'
import { formatEventDate } from '../format-date'
import { corroborationSentence, kindLabels, printedWording } from '../../vocabulary'
import { footnoteMark } from './citations'
import { escapeMarkdown } from './escape'

const wording = (kind: Wording['kind'], text: string) => escapeMarkdown(printedWording(kind, text))

const corroboration = (s: FactStatement) => escapeMarkdown(corroborationSentence(s.corroboration))

/** One statement as a block quote: preferred wording, speaker and date, grade, corroboration, other outlets' wordings. */
export const statementMarkdown = (s: FactStatement): string => {
  const [first, ...others] = s.wordings
  const lines = [
    `> ${wording(s.kind, s.quote)}${first ? ` ${footnoteMark(first.source)}` : ''}`,
    '>',
    `> — **${escapeMarkdown(s.speaker.name)}**, ${escapeMarkdown(s.speaker.role)}, ${formatEventDate(s)}${s.dateNote ? ` (${escapeMarkdown(s.dateNote)})` : ''}`,
    '>',
    `> *${kindLabels[s.kind]}.* ${corroboration(s)}`,
  ]
  if (others.length > 0)
    lines.push('>', '> Other wordings:', '>', ...others.map((w) => `> - ${escapeMarkdown(w.source.outlet)}${w.via ? ` (attributed to ${escapeMarkdown(w.via)})` : ''}: ${wording(w.kind, w.text)} ${footnoteMark(w.source)}`))
  return lines.join('\n')
}
