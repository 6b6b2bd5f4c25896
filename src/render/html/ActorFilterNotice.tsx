import type { FactSheet } from '../../factsheet/model'

/** Says that a fact sheet shows only some actors, links to the whole sheet, and offers this selection in every format. */
export const ActorFilterNotice = ({ sheet, query }: { sheet: FactSheet; query: string }) => (
  <aside class="filter-notice" aria-label="Actor filter">
    <p>
      Showing {sheet.positions.map((p) => p.actorName).join(', ')} only; source numbers are those of this selection.{' '}
      <a href={`/topics/${sheet.slug}`}>Show every actor</a>
    </p>
    <p class="meta">
      This selection as <a href={`/topics/${sheet.slug}.pdf?${query}`}>PDF</a> ·{' '}
      <a href={`/api/topics/${sheet.slug}?${query}`}>JSON</a> · <a href={`/topics/${sheet.slug}.md?${query}`}>Markdown</a>
    </p>
  </aside>
)
