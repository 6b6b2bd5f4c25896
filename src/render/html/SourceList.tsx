import { html } from './markup'
import type { SourceRef } from '../../factsheet/model'
import { formatDate } from '../format-date'
import { paragraphNumber } from './Citation'

/** One entry; a template for the reason given at citationHtml (dozens per page). */
const entryHtml = (r: SourceRef) =>
  html`<li id="ref-${String(r.n)}" value="${String(r.n)}"><a href="${r.href}">${r.outlet}, “${r.headline}”, ${formatDate(r.date)}, ¶${paragraphNumber(r.paragraph)}</a><span class="meta"> — ${r.affiliation}</span>${r.qualityNote ? html` <span class="note">${r.qualityNote}</span>` : ''}</li>`

/** The numbered source list; each entry is the `#ref-n` target of the citations' quality-note links. */
export const SourceList = ({ references }: { references: SourceRef[] }) =>
  html`<ol class="refs">${references.map(entryHtml)}</ol>`
