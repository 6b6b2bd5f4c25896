import { glanceLabels } from '../../vocabulary'
import type { ActorRecord, ActorSpeaker, ActorTopic } from '../../factsheet/actor-record'
import { kindBreakdown } from '../kind-labels'
import { plural } from '../plural'
import { span, textRows, type Block, type ComposeContext } from './blocks'
import { heading } from './compose-brief'
import { glanceType, stanceCell, tellingCell, type Glance } from './compose-glance'
import { mostTellingStatement } from '../../factsheet/glance'
import { frontMatter, glanceTable } from './compose-front-matter'
import { stanceRows } from './compose-stance'
import { statementRows } from './compose-statement'
import { sourceList } from './compose-sources'
import { tagged } from './tags'
import { leading, space, styles } from './theme'

/** The record's title, as on its HTML page. */
export const actorTitle = (record: ActorRecord) => `${record.actorName}: positions on every topic`

/** The actor's lead sentence, also the PDF's Subject. */
export const actorLead = (record: ActorRecord) =>
  `Everything ${record.sourcesPhrase} quote or report from ${record.actorInSentence}, grouped by topic, with the stance each fact sheet records.`

/** Anchor of a topic's section in an actor's record. */
const topicAnchor = (slug: string) => `topic/${slug}`
/** Anchor of a statement in an actor's record: one actor, so a statement shows once per topic. */
const statementAnchor = (slug: string, id: string) => `${slug}/${id}`

/**
 * Page 1, a brief on its own: title, lead, counts, and per topic the stance, its evidence basis and the actor's
 * most telling statement. `rest` (the full record) follows from page 2.
 */
const overview = (record: ActorRecord, ctx: ComposeContext, rest: Block[]): Block[] => {
  const glance = (g: Glance) => {
    const type = glanceType(g)
    const t = glanceTable(ctx, [0, 0.26, 0.5], type.leading)
    return [
      ...t.row(
        [
          textRows([span('Topic', styles.label)], t.box(0), ctx.measure),
          textRows([span('Stance', styles.label)], t.box(1), ctx.measure),
          textRows([span(glanceLabels.statement, styles.label)], t.box(2), ctx.measure),
        ],
        true,
      ),
      ...record.topics.flatMap((topic) =>
        t.row([
          textRows([span(topic.title, type.head, { dest: topicAnchor(topic.slug) })], t.box(0), ctx.measure),
          stanceCell(topic.stance, topic.stanceWithBasis, topic.statements.length, t.box(1), g, ctx),
          tellingCell(mostTellingStatement(topic, g), (s) => statementAnchor(topic.slug, s.id), t.box(2), g, ctx),
        ]),
      ),
    ]
  }
  const counts = `${plural(record.statementCount, 'statement')} · ${plural(record.speakers.length, 'speaker')} · ${plural(record.references.length, 'cited paragraph')}`
  return frontMatter(
    {
      kicker: 'ACTOR',
      title: actorTitle(record),
      anchor: 'overview',
      lead: actorLead(record),
      sources:
        record.references.length > 0
          ? `${counts}, numbered [1]–[${record.references.length}] in the source list.`
          : `${counts}.`,
      glanceTitle: 'Stance by topic',
      glance,
      documentKind: 'record',
    },
    ctx,
    rest,
  )
}

/** One topic: heading and stance, summary, every statement (drawn as in a topic's brief), and a link to the brief. */
const topicSection = (topic: ActorTopic, ctx: ComposeContext): Block[] => {
  const stance = stanceRows(
    topic.stance,
    topic.stanceWithBasis,
    { x: 0, width: ctx.width, leading: leading.small },
    styles.stance,
    ctx.measure,
  )
  const head = heading(topic.title, topicAnchor(topic.slug), ctx, stance)
  const url = `${ctx.origin}${topic.href}`
  const body = { x: 0, width: ctx.width, leading: leading.body }
  return [
    head,
    { rows: tagged(textRows([span(topic.summary, styles.body)], body, ctx.measure), 'P'), spaceBefore: 0 },
    ...topic.statements.map((s): Block => ({
      rows: tagged(statementRows(s, ctx), 'Div'),
      spaceBefore: space.block,
      keepTogether: true,
      anchor: statementAnchor(topic.slug, s.id),
    })),
    {
      rows: tagged(
        textRows(
          [span('Every actor on this topic: ', styles.small), span(url, styles.ref, { uri: url })],
          { ...body, leading: leading.small },
          ctx.measure,
        ),
        'P',
      ),
      spaceBefore: space.block,
    },
  ]
}

/** A speaker: name, every role the sources give, and how many statements of which kind on how many topics. */
const speakerBlock = (speaker: ActorSpeaker, ctx: ComposeContext, t: ReturnType<typeof glanceTable>): Block => {
  return {
    rows: t.row([
      textRows([span(speaker.name, styles.bodyBold)], t.box(0), ctx.measure),
      textRows([span(speaker.roles.join('; '), styles.body)], t.box(1), ctx.measure),
      textRows(
        [
          span(`${speaker.statements} `, styles.bodyBold),
          span(`(${kindBreakdown(speaker.kinds)}; ${plural(speaker.topics.length, 'topic')})`, styles.small),
        ],
        t.box(2),
        ctx.measure,
      ),
    ]),
    spaceBefore: 0,
    keepTogether: true,
  }
}

/** Every block of an actor's record, in reading order: overview, each topic, speakers, numbered sources. */
export const composeActor = (record: ActorRecord, ctx: ComposeContext): Block[] => {
  const t = glanceTable(ctx, [0, 0.3, 0.7])
  const speakersHead: Block = {
    rows: t.row([
      textRows([span('Speaker', styles.label)], t.box(0), ctx.measure),
      textRows([span('Role', styles.label)], t.box(1), ctx.measure),
      textRows([span('Statements', styles.label)], t.box(2), ctx.measure),
    ], true),
    spaceBefore: 0,
    keepWithNext: true,
  }
  const name = record.actorInSentence
  return overview(record, ctx, [
    ...record.topics.flatMap((topic) => topicSection(topic, ctx)),
    heading('Speakers', 'speakers', ctx),
    ...(record.speakers.length > 0
      ? [speakersHead, ...record.speakers.map((s) => speakerBlock(s, ctx, t))]
      : [
          {
            rows: tagged(
              textRows(
                [span(`These sources quote no one for ${name}.`, styles.body)],
                { x: 0, width: ctx.width, leading: leading.body },
                ctx.measure,
              ),
              'P',
            ),
            spaceBefore: 0,
          },
        ]),
    heading('Sources', 'sources', ctx),
    ...sourceList(record.references, ctx),
  ])
}
