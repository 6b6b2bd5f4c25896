import type { SourceRef } from '../../factsheet/model'
import { formatDate } from '../format-date'
import { paragraphNumber } from './Citation'

/** The numbered source list; each entry is the `#ref-n` target of the citations' quality-note links. */
export const SourceList = ({ references }: { references: SourceRef[] }) => (
  <ol class="refs">
    {references.map((r) => (
      <li id={`ref-${r.n}`} value={String(r.n)}>
        <a href={r.href}>
          {r.outlet}, “{r.headline}”, {formatDate(r.date)}, ¶{paragraphNumber(r.paragraph)}
        </a>
        <span class="meta"> — {r.affiliation}</span>
        {r.qualityNote ? (
          <>
            {' '}
            <span class="note">{r.qualityNote}</span>
          </>
        ) : null}
      </li>
    ))}
  </ol>
)
