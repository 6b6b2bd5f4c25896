import { html } from './markup'
import type { FactStatement } from '../../factsheet/model'
import { formatEventDate } from '../format-date'
import { corroborationSentence, kindLabels, printedWording } from '../../vocabulary'
import { citationHtml } from './Citation'

/**
 * One statement with its speaker, date, every outlet's wording and citation, anchored at `anchor` (unique on its page:
 * see statementAnchors); `aliases` are anchors published before statement ids were names (`#us-2`).
 * A template, not JSX, for the reason given at citationHtml: statements are most of a fact sheet's markup.
 */
export const statementHtml = (statement: FactStatement, anchor = statement.id, aliases: string[] = []) => {
  const [first, ...others] = statement.wordings
  const single = statement.corroboration.newsrooms.length === 1
  return html`<figure class="statement" id="${anchor}">${aliases.map((alias) => html`<span id="${alias}"></span>`)}<span class="kind">${kindLabels[statement.kind]}</span><blockquote${first ? html` cite="${first.source.href}"` : ''}><p>${printedWording(statement.kind, statement.quote)}</p></blockquote><figcaption><p class="speaker">— <strong>${statement.speaker.name}</strong>, ${statement.speaker.role}, ${formatEventDate(statement)}${statement.dateNote ? html`<span class="meta"> (${statement.dateNote})</span>` : ''}</p><p class="cites">Reported by ${first ? citationHtml(first.source) : ''}${first?.via ? `, which attributes the words to ${first.via}` : ''}${others.length > 0 ? '; other wordings below' : ''}</p><p class="cites"><span${single ? html` class="single"` : ''}>${corroborationSentence(statement.corroboration)}</span></p>${others.length > 0 ? html`<ul class="wordings">${others.map((w) => html`<li>${w.source.outlet}${w.via ? ` (attributed to ${w.via})` : ''}: ${printedWording(w.kind, w.text)} ${citationHtml(w.source)}</li>`)}</ul>` : ''}</figcaption></figure>`
}

export const Statement = ({ statement, anchor, aliases = [] }: { statement: FactStatement; anchor?: string; aliases?: string[] }) =>
  statementHtml(statement, anchor, aliases)
