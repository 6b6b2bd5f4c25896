import type { Basis, StanceId, StatementKind } from './curation/types'

// The one presentation vocabulary: every format (HTML, PDF, Markdown, JSON) takes its words, marks and colours
// for stances, evidence grades, bases and corroboration from here.

export const stanceLabels: Record<StanceId, string> = {
  supports: 'Supports',
  opposes: 'Opposes',
  conditional: 'Conditional',
  ambiguous: 'Ambiguous',
  none: 'No stated position in these sources',
}

/**
 * A distinct symbol per stance, so a stance never rests on colour alone. The PDF draws the same meaning as
 * shapes (`stanceShapes`) because its embedded font has no such symbols.
 */
export const stanceMarks: Record<StanceId, string> = {
  supports: '✓',
  opposes: '✗',
  conditional: '◐',
  ambiguous: '?',
  none: '○',
}

export const stanceShapes: Record<StanceId, 'check' | 'cross' | 'half' | 'question' | 'ring'> = {
  supports: 'check',
  opposes: 'cross',
  conditional: 'half',
  ambiguous: 'question',
  none: 'ring',
}

/** Stance colours, each at least 4.5:1 on white; HTML and PDF both use them. */
export const stanceColors: Record<StanceId, string> = {
  supports: '#1a7f37',
  opposes: '#b3261e',
  conditional: '#7a4cc2',
  ambiguous: '#8a6d00',
  none: '#57606a',
}

/** One line per stance for legends; each topic's summary says what "in favour" is of. */
export const stanceMeaning = (stance: StanceId, sourcesPhrase: string): string =>
  ({
    supports: 'in favour, as reported',
    opposes: 'against, as reported',
    conditional: 'in favour only on stated conditions',
    ambiguous: 'mixed or non-committal statements',
    none: `nothing on this topic in ${sourcesPhrase}`,
  })[stance]

export const basisLabels: Record<Basis, string> = {
  'own-words': 'in its own words',
  'reported-speech': 'in reported speech only',
  'outlet-reports': 'as reported by outlets: no official quoted',
}

/** For tight spaces (the matrix): "Supports · outlets only". */
export const basisShort: Record<Basis, string> = {
  'own-words': 'own words',
  'reported-speech': 'reported speech',
  'outlet-reports': 'outlets only',
}

/** "Supports, as reported by outlets: no official quoted": the stance and what it rests on, in one phrase. */
export const stanceWithBasis = (stance: StanceId, basis: Basis | undefined): string =>
  basis ? `${stanceLabels[stance]}, ${basisLabels[basis]}` : stanceLabels[stance]

/** How each grade of evidence is named beside a statement. */
export const kindLabels: Record<StatementKind, string> = {
  quote: 'Direct quote',
  paraphrase: 'Paraphrase (reported speech)',
  characterisation: 'Outlet’s characterisation',
}

export const kindCounted: Record<StatementKind, [string, string]> = {
  quote: ['direct quote', 'direct quotes'],
  paraphrase: ['paraphrase', 'paraphrases'],
  characterisation: ['outlet’s characterisation', 'outlet’s characterisations'],
}

/** What a speaker line says for an outlet's description of an actor, which has no speaker of its own. */
export const characterisedRole = 'as characterised by the outlet'

/** Between the segments of an interrupted quote. */
export const elision = ' … '

export interface Corroboration {
  newsrooms: string[]
  /** Wire services that more than one of these reports may draw on, so they may not be independent. */
  sharedWire: string[]
}

/** "Corroborated by 2 newsrooms: VOA, Reuters. They may share Reuters material." */
export const corroborationSentence = ({ newsrooms, sharedWire }: Corroboration): string => {
  const main =
    newsrooms.length === 1
      ? `Single source: only ${newsrooms[0] ?? ''} reports this.`
      : `Corroborated by ${newsrooms.length} newsrooms: ${newsrooms.join(', ')}.`
  return newsrooms.length > 1 && sharedWire.length > 0 ? `${main} They may share ${sharedWire.join(' and ')} material.` : main
}

const opening = /^["“„«‘']/
/** A closing mark, then only trailing punctuation. */
const closing = /["”»’'][.,;:!?]*$/
const doubleMarks = /["“”]/

/**
 * A wording as printed: a quote in “double marks”, its inner quotes turned to ‘single’ ones; a wording that
 * already begins or ends with the outlet's own mark is not wrapped in a second pair.
 */
export const printedWording = (kind: StatementKind, text: string): string => {
  const trimmed = text.trim()
  if (kind !== 'quote' || opening.test(trimmed) || closing.test(trimmed)) return trimmed
  // Most wordings hold no quotation mark of their own: skip the four replacements for them.
  if (!doubleMarks.test(trimmed)) return `“${trimmed}”`
  return `“${trimmed.replace(/“/g, '‘').replace(/”/g, '’').replace(/(^|[\s(—–-])"(?=\S)/g, '$1‘').replace(/(\S)"/g, '$1’')}”`
}

/** The at-a-glance block every topic brief opens with (HTML page, PDF page 1): its heading and statement column. */
export const glanceLabels = {
  heading: 'Positions at a glance',
  statement: 'Most telling statement',
} as const
