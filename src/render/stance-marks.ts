import type { StanceId } from '../curation/types'

/**
 * A distinct symbol per stance, so a stance never rests on colour alone (HTML and Markdown print it beside the label).
 * All five are in the fonts phones and desktops ship; a PDF renderer whose font lacks them should draw shapes instead.
 */
export const stanceMarks: Record<StanceId, string> = {
  supports: '✓',
  opposes: '✗',
  conditional: '◐',
  ambiguous: '?',
  none: '○',
}

/** One line per stance for legends; each topic's summary says what "in favour" is of. */
export const stanceMeanings: Record<StanceId, string> = {
  supports: 'in favour, as reported',
  opposes: 'against, as reported',
  conditional: 'in favour only on stated conditions',
  ambiguous: 'mixed or non-committal statements',
  none: 'nothing on this topic in the five reports',
}
