import { commonBoilerplate } from '../../src/corpus/boilerplate'
import type { DropReason } from '../../src/corpus/types'

/** The generic rule that drops a line, if any: what a curator need not confirm. */
export const genericReasonOf = (line: string): DropReason | undefined => commonBoilerplate.find((r) => r.test(line))?.reason

/** A short line that does not read as prose (no sentence end): likely a caption, credit, slug or subhead. */
export const isSuspect = (line: string): boolean =>
  line.split(/\s+/).length <= 10 && !/[.!?…:]["”’)]?$/.test(line) && !/^(Q|A)\s*:/.test(line)

/** A banner before the headline: two or more words in capitals ("FICTIONAL TEST ARTICLE", "LIVE UPDATES"). */
export const isBanner = (line: string): boolean => /\b\p{Lu}{3,}\s+\p{Lu}{3,}\b/u.test(line) && line.split(/\s+/).length <= 12

/** A guess at why a suspected line is furniture; the curator confirms or corrects it. */
export const suspectedReason = (line: string, outlet: string | undefined): DropReason => {
  if (outlet && line.toLowerCase().includes(outlet.toLowerCase().replace(/\s*\(.*\)$/, ''))) return 'byline-box'
  if (/^[‘'“"].*[’'”"]$/.test(line)) return 'section-heading'
  if (/\s[|·–-]\s/.test(line)) return 'site-chrome'
  return 'photo-caption'
}

/** How many of an article's confirmed furniture lines the generic rules now catch, and which still need the curator. */
export const auditFurniture = (furniture: { reason: DropReason; lines: string[] }[]) => {
  const all = furniture.flatMap((f) => f.lines.map((line) => ({ reason: f.reason, line })))
  const generic = all.filter((f) => genericReasonOf(f.line))
  const confirmed = all.filter((f) => !genericReasonOf(f.line))
  return { generic, confirmed }
}
