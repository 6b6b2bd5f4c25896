import type { Article, DropReason } from '../../corpus/types'
import { formatDate } from '../format-date'

const reasonLabels: Record<DropReason, string> = {
  headline: 'headline (shown above)',
  'site-chrome': 'site navigation',
  'video-player': 'video player',
  'photo-caption': 'photo captions',
  duplicate: 'duplicated lines',
  'see-also': '“See also” links',
  'section-heading': 'section headings',
  credit: 'credit line (shown above)',
  'byline-box': 'byline box',
  copyright: 'copyright and distribution lines',
  'comments-widget': 'comment widgets',
  'page-navigation': 'page navigation',
}

const countByReason = (article: Article) => {
  const counts = new Map<DropReason, number>()
  for (const d of article.dropped) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1)
  return [...counts]
}

/** One cleaned article with a linkable anchor per paragraph (`#p12`). */
export const SourcePage = ({ article }: { article: Article }) => (
  <article>
    <h1>{article.headline}</h1>
    <dl class="facts">
      <dt>Outlet</dt>
      <dd>{article.affiliation}</dd>
      <dt>Published</dt>
      <dd>
        {formatDate(article.date.iso)} <span class="meta">— {article.date.basis}</span>
      </dd>
      <dt>Credit</dt>
      <dd>{article.credit}</dd>
      <dt>Seed file</dt>
      <dd>
        <code>seeds/{article.file}</code>
      </dd>
    </dl>
    {article.qualityNote ? (
      <p class="note" id="quality">
        {article.qualityNote}
      </p>
    ) : null}
    <div class="paragraphs">
      {article.paragraphs.map((p) => (
        <p id={p.id}>
          <a class="pnum" href={`#${p.id}`}>
            ¶{p.n}
          </a>
          {p.text}
        </p>
      ))}
    </div>
    <h2>Removed from the page</h2>
    <p class="meta">{article.dropped.length} lines of page furniture were not counted as paragraphs:</p>
    <ul>
      {countByReason(article).map(([reason, n]) => (
        <li>
          {reasonLabels[reason]}: {n}
        </li>
      ))}
    </ul>
  </article>
)
