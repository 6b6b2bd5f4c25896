import type { StanceId } from '../../curation/types'
import { stanceMarks } from '../../vocabulary'

/** A stance as symbol plus label (never colour alone); the symbol is hidden from screen readers, which read the label. */
export const StanceBadge = ({ stance, label }: { stance: StanceId; label: string }) => (
  <span class={`stance-badge stance-${stance}`}>
    <span class="stance-mark" aria-hidden="true">
      {stanceMarks[stance]}
    </span>
    {/* A no-break space keeps the symbol on the line of the label's first word. */}
    {'\u00a0'}
    {label}
  </span>
)
