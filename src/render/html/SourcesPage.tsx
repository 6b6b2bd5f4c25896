import type { Article } from '../../corpus/types'
import type { Story } from '../../curation/types'
import { formatDate } from '../format-date'

/** Every article of the corpus with how much page furniture was removed from it. */
export const SourcesPage = ({ articles, story }: { articles: Article[]; story: Story }) => (
  <>
    <h1>Sources</h1>
    <p class="lede">
      {story.corpusName}: what every fact sheet is drawn from, cleaned of page furniture (video players, photo captions,
      comment widgets) and numbered by paragraph so any citation can be checked.
    </p>
    <ul class="topics">
      {articles.map((a) => (
        <li>
          <h2>
            <a href={`/sources/${a.id}`}>{a.headline}</a>
          </h2>
          <p class="meta">
            {a.outlet} · {formatDate(a.date.iso)} · {a.paragraphs.length} paragraphs · {a.affiliation}
          </p>
          {a.qualityNote ? <p class="note">{a.qualityNote}</p> : null}
        </li>
      ))}
    </ul>
  </>
)
