import type { FactStatement, Wording } from '../../factsheet/model'
import { gapRow, glued, span, taggedSpan, textRows, withBar, type ComposeContext, type Row } from './blocks'
import { formatEventDate } from '../format-date'
import { corroborationSentence, kindLabels, printedWording } from '../../vocabulary'
import type { Span } from './layout'
import { tag, tagged } from './tags'
import { colors, leading, styles, unit } from './theme'

/** `[n]` spans linking to entry n of the source list, each a Reference. */
export const refSpans = (ns: number[], ctx: ComposeContext): Span[] =>
  ns.flatMap((n, i) => [
    ...(i > 0 ? [span(' ', styles.small)] : []),
    taggedSpan(`[${n}]`, styles.ref, tag('Reference'), { dest: `${ctx.prefix}ref-${n}` }),
  ])

/** The note's first clause, e.g. `This copy of the CNN report is a garbled machine re-translation`. */
const firstClause = (text: string) => /^.*?(?=[:;]|\.\s|\.$)/.exec(text)?.[0]?.trim() || text

/** The warning printed under a wording whose source carries a quality note (and on page 1), else undefined. */
export const cautionOf = (source: Wording['source']): string | undefined =>
  source.qualityNote ? `Caution: ${firstClause(source.qualityNote)}; see [${source.n}].` : undefined

const barX = 0
const textX = 11

/** One outlet's wording: kind label, the text beside a bar, and (when there are several) its outlet and number. */
const wordingRows = (w: Wording, several: boolean, ctx: ComposeContext): Row[] => {
  const box = { x: textX, width: ctx.width - textX, leading: leading.body }
  const small = { ...box, leading: leading.small }
  const rows: Row[] = []
  if (w.kind !== 'quote')
    rows.push(
      ...tagged(
        textRows(
          [span(kindLabels[w.kind], styles.label), ...(several ? [span(` · ${w.source.outlet}`, styles.label)] : [])],
          { ...box, leading: leading.label },
          ctx.measure,
        ),
        'P',
      ),
    )
  const text = span(printedWording(w.kind, w.text), w.kind === 'quote' ? styles.quote : styles.body)
  const lines = tagged(textRows([text], box, ctx.measure), 'P')
  // A kind label never ends a page without the first line it introduces.
  if (rows.length > 0) glued(lines.slice(0, 1))
  rows.push(...lines)
  if (several)
    rows.push(
      ...tagged(
        textRows(
          [span(`${w.source.outlet} (${w.source.ownership})${w.via ? `, attributed to ${w.via}` : ''} `, styles.small), ...refSpans([w.source.n], ctx)],
          small,
          ctx.measure,
        ),
        'P',
      ),
    )
  const caution = cautionOf(w.source)
  if (caution) rows.push(...tagged(textRows([span(caution, styles.warning)], small, ctx.measure), 'P'))
  // Every wording, quote or paraphrase, is the outlet's text copied verbatim: a BlockQuote.
  return withBar(tagged(rows, 'BlockQuote'), barX, 1.5, colors.bar)
}

/** A statement: every wording, then the speaker line with date and source numbers; drawn as one kept-together block. */
export const statementRows = (s: FactStatement, ctx: ComposeContext): Row[] => {
  const several = s.wordings.length > 1
  const rows: Row[] = []
  s.wordings.forEach((w, i) => {
    if (i > 0) rows.push(...withBar([gapRow(unit * 1.5)], barX, 1.5, colors.bar))
    rows.push(...wordingRows(w, several, ctx))
  })
  const numbers = [...new Set(s.wordings.map((w) => w.source.n))]
  const speaker: Span[] = [
    span(s.speaker.name, styles.smallBold),
    span(`, ${s.speaker.role} · ${formatEventDate(s)} · `, styles.small),
    ...(several || !s.wordings[0] ? [] : [span(`${s.wordings[0].source.outlet} (${s.wordings[0].source.ownership}) `, styles.small)]),
    ...refSpans(numbers, ctx),
  ]
  const box = { x: textX, width: ctx.width - textX, leading: leading.small }
  const attribution = [gapRow(unit), ...tagged(textRows(speaker, box, ctx.measure), 'P')]
  if (s.dateNote)
    attribution.push(...tagged(textRows([span(`Date: ${s.dateNote}`, styles.small)], box, ctx.measure), 'P'))
  const corroboration = span(corroborationSentence(s.corroboration), s.corroboration.newsrooms.length === 1 ? styles.single : styles.small)
  attribution.push(...tagged(textRows([corroboration], box, ctx.measure), 'P'))
  // A statement broken across pages keeps its speaker line with its last two lines.
  glued(rows.slice(-1))
  return [...rows, ...glued(attribution)]
}
