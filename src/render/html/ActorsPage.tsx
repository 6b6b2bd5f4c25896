import type { ActorRecord } from '../../factsheet/actor-record'
import { numberWord, plural } from '../plural'
import { stanceMarks } from '../../vocabulary'

/** Every actor, each with how much the sources report from it and how its stances fall across topics. */
export const ActorsPage = ({ records }: { records: ActorRecord[] }) => (
  <>
    <h1>Actors</h1>
    <p class="lede">
      The {numberWord(records.length)} actors every fact sheet answers for. Each page gathers one actor’s statements from every topic, with who said
      them.
    </p>
    <ul class="topics">
      {records.map((r) => (
        <li>
          <h2>
            <a href={`/actors/${r.actor}`}>{r.actorName}</a>
          </h2>
          <p>
            {plural(r.statementCount, 'statement')} from {plural(r.speakers.length, 'speaker')} on{' '}
            {plural(r.topics.filter((t) => t.statements.length > 0).length, 'topic')}.
          </p>
          <ul class="stance-counts">
            {r.stances
              .filter((s) => s.count > 0)
              .map((s) => (
                <li class={`stance-badge stance-${s.stance}`}>
                  <span class="stance-mark" aria-hidden="true">
                    {stanceMarks[s.stance]}
                  </span>{' '}
                  {s.label}: {plural(s.count, 'topic')}
                </li>
              ))}
          </ul>
          <p class="meta">
            <a href={`/actors/${r.actor}.md`}>
              Markdown<span class="visually-hidden"> for {r.actorName}</span>
            </a>{' '}
            ·{' '}
            <a href={`/api/actors/${r.actor}`}>
              JSON<span class="visually-hidden"> for {r.actorName}</span>
            </a>
          </p>
        </li>
      ))}
    </ul>
  </>
)
