import type { MatchKind, SearchResult } from '../../search/search-statements'
import { maxQueryLength } from '../../search/search-query'
import { formatDate } from '../format-date'
import { kindLabels, printedWording } from '../../vocabulary'
import { paragraphNumber } from './Citation'

const matchLabels: Record<MatchKind, string> = {
  phrase: 'Matches the phrase',
  words: 'Matches all the words',
  speaker: 'Matches the speaker',
  topic: 'Matches the topic',
}

const Result = ({ result: r }: { result: SearchResult }) => (
  <li>
    <p class="kind">
      {matchLabels[r.match]} · {kindLabels[r.wording.kind]}
    </p>
    <blockquote cite={r.links.source}>
      <p>{printedWording(r.wording.kind, r.wording.text)}</p>
    </blockquote>
    <p class="speaker">
      — <strong>{r.speaker.name}</strong>, {r.speaker.role}, {formatDate(r.statement.date)}
    </p>
    <p class="cites">
      On the fact sheet <a href={r.links.statement}>{r.topic.title}</a>, under {r.actor.name} · Reported by{' '}
      <a href={r.links.source}>
        {r.wording.outlet} ¶{paragraphNumber(r.wording.paragraph)}
      </a>{' '}
      <span class="meta">({r.wording.ownership})</span>
      {r.wording.qualityNote ? (
        <>
          {' '}
          <a class="note" href={`/sources/${r.wording.article}#quality`}>
            garbled machine translation
          </a>
        </>
      ) : null}
    </p>
  </li>
)

/** The search form and, once there is a query, the statements that match it, best first. */
export const SearchPage = ({ query, results }: { query: string; results?: SearchResult[] }) => (
  <>
    <h1>Search statements</h1>
    <form class="search" method="get" action="/search" role="search">
      <label for="q">Words from a quote, a speaker or a topic</label>
      <div class="search-row">
        <input id="q" name="q" type="search" value={query} maxlength={maxQueryLength} autocomplete="off" />
        <button type="submit">Search</button>
      </div>
    </form>
    {results === undefined ? (
      <p class="meta">
        Try a word such as <a href="/search?q=ceasefire">ceasefire</a>, a phrase such as{' '}
        <a href="/search?q=diplomatic+cover">diplomatic cover</a>, or a name such as{' '}
        <a href="/search?q=Stoltenberg">Stoltenberg</a>. Case, accents and quote marks do not matter; every word must
        match.
      </p>
    ) : results.length === 0 ? (
      <p>
        No statement matches “{query}”. Every word must appear in a quote, its speaker or its topic; try fewer words.
      </p>
    ) : (
      <>
        <h2>
          {results.length === 1 ? '1 statement matches' : `${results.length} statements match`} “{query}”
        </h2>
        <p class="meta">Best matches first: the phrase in a statement’s wording, then all the words in one wording, then with the speaker’s name or role, then with the topic’s title.</p>
        <ol class="results">
          {results.map((r) => (
            <Result result={r} />
          ))}
        </ol>
      </>
    )}
  </>
)
