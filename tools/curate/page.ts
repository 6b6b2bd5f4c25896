import { parseArticle, type ParseRules } from '../../src/corpus/parse-article'
import type { DropReason, ParsedText } from '../../src/corpus/types'
import { genericReasonOf, isBanner, isSuspect, suspectedReason } from './furniture'

/** A piece of metadata read off the page text, with where it was read. */
export interface Found<T> {
  value: T
  basis: string
}

/** What `add` proposes for a new page: metadata, the furniture it suspects, and the parse that follows from them. */
export interface PageAnalysis {
  rules: ParseRules
  outlet: Found<string> | undefined
  date: Found<string> | undefined
  wireMaterial: string[]
  /** Lines the generic rules do not catch but that look like furniture, written to `furniture` for the curator to confirm. */
  suspected: { line: string; reason: DropReason }[]
  parsed: ParsedText
}

const lines = (raw: string) => raw.split(/\r?\n/).map((l) => l.replace(/^[\s•]+/, '').trimEnd()).filter(Boolean)

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const pad = (n: number) => String(n).padStart(2, '0')
const monthOf = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3))) + 1

/** A full date written in a line (ISO, "March 21, 2023", "21 March 2023", "16 Oct 2024", "17.10.2024", "15/10/2024"). */
export const dateIn = (text: string): { iso: string; note?: string } | undefined => {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text)
  if (iso) return { iso: iso[0] }
  const mdy = /\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b/.exec(text)
  if (mdy && monthOf(mdy[1]!) > 0) return { iso: `${mdy[3]}-${pad(monthOf(mdy[1]!))}-${pad(Number(mdy[2]))}` }
  const dmy = /\b(\d{1,2}) ([A-Z][a-z]{2,8})\.? (\d{4})\b/.exec(text)
  if (dmy && monthOf(dmy[2]!) > 0) return { iso: `${dmy[3]}-${pad(monthOf(dmy[2]!))}-${pad(Number(dmy[1]))}` }
  const num = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(text)
  if (num) {
    const [a, b] = [Number(num[1]), Number(num[2])]
    const dayFirst = a > 12 || b <= 12
    return { iso: `${num[3]}-${pad(dayFirst ? b : a)}-${pad(dayFirst ? a : b)}`, ...(a <= 12 && b <= 12 ? { note: 'read day first; check' } : {}) }
  }
  return undefined
}

// "ORLUND, Brennmark, October 14, 2024 (HPA) — …": a place in capitals, perhaps a date and an agency, a dash.
const DATELINE = /^(\p{Lu}[\p{Lu} .'’-]{2,},[^—–]{0,60}?)\s+[—–-]\s/u
const WIRES = ['Reuters', 'Associated Press', 'AFP', 'Agence France-Presse', 'Xinhua', 'TASS', 'Bloomberg', 'dpa']

/** Reads a page's metadata and suspected furniture off its text; nothing here is specific to any outlet. */
export const analysePage = (raw: string, file: string): PageAnalysis => {
  const all = lines(raw)
  const generic = all.filter((l) => !genericReasonOf(l))

  const copyright = all.find((l) => genericReasonOf(l) === 'copyright' && /^(©|\(c\)|copyright)/i.test(l))
  const outletFromCopyright = copyright
    ?.replace(/^(©|\(c\)|copyright)\s*(\d{4})?\s*/i, '')
    .replace(/\.?\s*all rights reserved\.?$/i, '')
    .replace(/\s*\(fictional publication\)$/, ' (fictional)')
    .replace(/[.\s]+$/, '')
  const byline = all.find((l) => genericReasonOf(l) === 'byline-box' && /^By\s/.test(l))
  const outlet: Found<string> | undefined = outletFromCopyright
    ? { value: outletFromCopyright, basis: `the copyright line "${copyright}"` }
    : byline && !/,/.test(byline)
      ? { value: byline.replace(/^By\s+/, ''), basis: `the byline "${byline}"` }
      : undefined

  // Suspected furniture: a capitals banner before the headline, then short lines that do not read as prose.
  const suspected: PageAnalysis['suspected'] = []
  const headlineAt = generic.findIndex((l) => !isBanner(l))
  for (const l of generic.slice(0, Math.max(headlineAt, 0))) suspected.push({ line: l, reason: 'site-chrome' })
  const bodyLines = generic.slice(headlineAt + 1)
  const seen = new Set<string>()
  for (const l of bodyLines)
    if (isSuspect(l) && !seen.has(l)) {
      seen.add(l)
      suspected.push({ line: l, reason: suspectedReason(l, outlet?.value) })
    }
  const kept = bodyLines.filter((l) => !seen.has(l))

  // The credit: a contributors' or reporting line, else the dateline that opens the lede, else the byline.
  const creditLine = all.find(
    (l) => /contributed (reporting )?to this report|material for this report came from/i.test(l) || /^(reporting|writing) by\b/i.test(l),
  )
  const dateline = kept.map((l) => DATELINE.exec(l)).find(Boolean)
  const credit: ParseRules['credit'] = creditLine
    ? { text: creditLine, from: 'line' }
    : dateline && dateline.index === 0 && kept[0]?.startsWith(dateline[1]!)
      ? { text: dateline[1]!, from: 'lede' }
      : byline
        ? { text: byline, from: 'line' }
        : { text: kept[0]?.split(/\s+/).slice(0, 3).join(' ') ?? '', from: 'lede' }

  const datelineDate = dateline ? dateIn(dateline[1]!) : undefined
  const stamp = all.find((l) => genericReasonOf(l) === 'byline-box' && dateIn(l))
  const stampDate = stamp ? dateIn(stamp) : undefined
  const date: Found<string> | undefined = datelineDate
    ? { value: datelineDate.iso, basis: `the dateline "${dateline![1]}"${datelineDate.note ? ` (${datelineDate.note})` : ''}` }
    : stampDate
      ? { value: stampDate.iso, basis: `the page's time stamp "${stamp}"${stampDate.note ? ` (${stampDate.note})` : ''}` }
      : undefined

  const text = kept.join('\n')
  const wireMaterial = WIRES.filter((w) => new RegExp(`\\(${w}\\)|according to ${w}|from ${w}|${w} contributed`).test(text + (creditLine ?? '')))

  const byReason = new Map<DropReason, string[]>()
  for (const s of suspected) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.line])
  const rules: ParseRules = { file, credit, furniture: [...byReason].map(([reason, ls]) => ({ reason, lines: ls })) }
  return { rules, outlet, date, wireMaterial, suspected, parsed: parseArticle(raw, rules) }
}
