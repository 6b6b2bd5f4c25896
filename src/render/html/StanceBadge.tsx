import { html } from './markup'
import type { StanceId } from '../../curation/types'
import { stanceMarks } from '../../vocabulary'

/**
 * A stance as symbol plus label (never colour alone); the symbol is hidden from screen readers, which read the label.
 * A no-break space keeps the symbol on the line of the label's first word. A template, for the reason given at
 * citationHtml: it is drawn twice per actor on every fact sheet.
 */
export const stanceBadgeHtml = (stance: StanceId, label: string) =>
  html`<span class="stance-badge stance-${stance}"><span class="stance-mark" aria-hidden="true">${stanceMarks[stance]}</span>\u00a0${label}</span>`

export const StanceBadge = ({ stance, label }: { stance: StanceId; label: string }) => stanceBadgeHtml(stance, label)
