import { html } from './markup'
import type { SourceRef } from '../../factsheet/model'

const paragraphNumber = (paragraph: string) => paragraph.replace(/^p/, '')

/**
 * `[3] VOA ¶12 (US government-funded)`, linking to the paragraph, with the outlet's quality warning where there is
 * one. A template, not JSX: it is drawn for every wording of every statement, and an html template renders the same
 * markup about three times faster than hono's JSX (every page came out byte-identical when this replaced it).
 */
export const citationHtml = (source: SourceRef) =>
  html`<a href="${source.href}" title="${`${source.outlet}: ${source.headline}`}">[${String(source.n)}] ${source.outlet} ¶${paragraphNumber(source.paragraph)}</a> <span class="meta">(${source.ownership})</span>${source.qualityNote ? html` <a class="note" href="#ref-${String(source.n)}">garbled machine translation</a>` : ''}`

export { paragraphNumber }
