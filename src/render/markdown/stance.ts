import type { StanceId } from '../../curation/types'
import { stanceMarks } from '../../vocabulary'
import { escapeMarkdown } from './escape'

/** `✗ Opposes`: the symbol and the label, as in the HTML, never one without the other. */
export const stanceMarkdown = (stance: StanceId, label: string): string => `${stanceMarks[stance]} ${escapeMarkdown(label)}`

/** A GFM table; cells must already be escaped (escapeMarkdown also escapes `|`). */
export const tableMarkdown = (header: string[], rows: string[][]): string =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
