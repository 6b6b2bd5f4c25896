import { html } from './markup'
import type { FactStatement } from '../../factsheet/model'
import { kindLabels, printedWording } from '../../vocabulary'
import { citationHtml } from './Citation'

/**
 * The cell of an at-a-glance table that shows an actor's most telling statement (see mostTellingStatement): its
 * first wording, labelled when it is not a quote, linked to `href` (the statement's copy on the same page), then
 * speaker, role and citation with its quality warning. A dash where the actor has no stated position.
 */
export const tellingCellHtml = (telling: FactStatement | undefined, href: (s: FactStatement) => string) => {
  const first = telling?.wordings[0]
  return telling && first
    ? html`${first.kind === 'quote' ? '' : html`<span class="meta">${kindLabels[first.kind]}:</span> `}<a href="${href(telling)}">${printedWording(first.kind, first.text)}</a><span class="meta"> — ${telling.speaker.name}, ${telling.speaker.role} ${citationHtml(first.source)}</span>`
    : html`<span class="meta">—</span>`
}
