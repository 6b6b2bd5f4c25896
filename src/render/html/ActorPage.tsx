import type { ActorRecord } from '../../factsheet/actor-record'
import { mostTellingStatement } from '../../factsheet/glance'
import { glanceLabels } from '../../vocabulary'
import { kindBreakdown } from '../kind-labels'
import { plural } from '../plural'
import { SourceList } from './SourceList'
import { StanceBadge } from './StanceBadge'
import { Statement } from './Statement'
import { tellingCellHtml } from './telling-cell'

/**
 * One actor across every topic: per topic the stance and the most telling statement (as on page 1 of the actor's
 * brief), who spoke, and every statement with its citations.
 */
export const ActorPage = ({ record }: { record: ActorRecord }) => {
  const name = record.actorInSentence
  return (
    <article>
      <h1>{record.actorName}: positions on every topic</h1>
      <p class="lede">
        Everything {record.sourcesPhrase} quote or report from {name}, grouped by topic, with the stance each fact sheet records.
      </p>
      <p class="meta">
        {plural(record.statementCount, 'statement')} · {plural(record.speakers.length, 'speaker')} ·{' '}
        {plural(record.references.length, 'cited paragraph')}
      </p>
      <ul class="formats">
        <li>
          <a class="button" href={`/actors/${record.actor}.pdf`} download={`${record.actor}.pdf`}>
            Download PDF
          </a>
        </li>
        <li>
          <a class="button" href={`/actors/${record.actor}.md`}>
            Markdown
          </a>
        </li>
        <li>
          <a class="button" href={`/api/actors/${record.actor}`}>
            JSON
          </a>
        </li>
      </ul>
      <table class="glance">
        <caption class="meta">Where {name} stands, topic by topic, and the words that show it best</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Stance</th>
            <th scope="col">{glanceLabels.statement}</th>
          </tr>
        </thead>
        <tbody>
          {record.topics.map((t) => (
            <tr>
              <th scope="row">
                <a href={`#topic-${t.slug}`}>{t.title}</a>
              </th>
              <td>
                <StanceBadge stance={t.stance} label={t.stanceWithBasis} />
              </td>
              <td>{tellingCellHtml(mostTellingStatement(t), (s) => `#${t.slug}-${s.id}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section id="speakers" aria-labelledby="speakers-h">
        <h2 id="speakers-h">Speakers</h2>
        {record.speakers.length === 0 ? (
          <p>These sources quote no one for {name}.</p>
        ) : (
          <table class="speakers">
            <thead>
              <tr>
                <th scope="col">Speaker</th>
                <th scope="col">Role</th>
                <th scope="col">Statements</th>
              </tr>
            </thead>
            <tbody>
              {record.speakers.map((s) => (
                <tr>
                  <th scope="row">{s.name}</th>
                  <td>{s.roles.join('; ')}</td>
                  <td>
                    {s.statements} <span class="meta">({kindBreakdown(s.kinds)}; {plural(s.topics.length, 'topic')})</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {record.topics.map((t) => (
        <section id={`topic-${t.slug}`} aria-labelledby={`topic-${t.slug}-h`}>
          <h2 id={`topic-${t.slug}-h`}>{t.title}</h2>
          <p>
            <StanceBadge stance={t.stance} label={t.stanceWithBasis} />
          </p>
          <p>{t.summary}</p>
          {t.statements.map((s) => (
            <Statement statement={s} anchor={`${t.slug}-${s.id}`} />
          ))}
          <p class="meta">
            <a href={t.href}>
              All actors on this topic<span class="visually-hidden">: {t.title}</span>
            </a>
          </p>
        </section>
      ))}
      <section id="sources" aria-labelledby="sources-h">
        <h2 id="sources-h">Sources</h2>
        <SourceList references={record.references} />
      </section>
    </article>
  )
}
