import type { SourceRef } from '../../factsheet/model'
import { formatDate } from '../format-date'
import { escapeMarkdown } from './escape'

const paragraphNumber = (paragraph: string) => paragraph.replace(/^p/, '')

/** `[^3]`, with the quality warning beside it wherever the outlet has one (as the HTML shows it beside every citation). */
export const footnoteMark = (source: SourceRef): string =>
  `[^${source.n}]${source.qualityNote ? ' *(garbled machine translation)*' : ''}`

/** `[^3]: CNN, "Headline", 21 March 2023, ¶19, <https://…/sources/cnn#p19> (privately owned). Quality note: …` */
export const footnoteDefinition = (ref: SourceRef, origin: string): string =>
  `[^${ref.n}]: ${escapeMarkdown(ref.outlet)}, "${escapeMarkdown(ref.headline)}", ${formatDate(ref.date)}, ¶${paragraphNumber(ref.paragraph)}, <${origin}${ref.href}> (${escapeMarkdown(ref.ownership)}).` +
  (ref.qualityNote ? ` Quality note: ${escapeMarkdown(ref.qualityNote)}` : '')

/** Every footnote definition, one a line, for the end of a document. */
export const footnotes = (references: SourceRef[], origin: string): string[] => references.map((r) => footnoteDefinition(r, origin))
