import type { ActorRecord, ActorSpeaker, ActorTopic } from '../../factsheet/actor-record'
import { actorInSentence } from '../actor-in-sentence'
import { kindBreakdown } from '../kind-labels'
import { plural } from '../plural'
import { columns, gapRow, span, textRows, type Block, type ComposeContext, type Row } from './blocks'
import { hairline, heading, readingNote } from './compose-brief'
import { stanceRows } from './compose-stance'
import { statementRows } from './compose-statement'
import { sourceBlock } from './compose-sources'
import { leading, space, styles, unit } from './theme'

/** The record's title, as on its HTML page. */
export const actorTitle = (record: ActorRecord) => `${record.actorName}: positions on every topic`

/** The actor's lead sentence, also the PDF's Subject. */
export const actorLead = (record: ActorRecord) =>
  `Everything the five reports quote or report from ${actorInSentence(record.actor, record.actorName)}, grouped by topic, with the stance each fact sheet records.`

/** Anchor of a topic's section in an actor's record. */
const topicAnchor = (slug: string) => `topic/${slug}`

/** A table of three columns at fractions of the width, each row between hairlines. */
const table = (ctx: ComposeContext, at: number[]) => {
  const cols = at.map((f) => Math.round(ctx.width * f))
  const box = (i: number) => ({
    x: cols[i] ?? 0,
    width: (cols[i + 1] ?? ctx.width) - (cols[i] ?? 0) - 8,
    leading: leading.body,
  })
  const row = (cells: Row[][]) => [gapRow(unit), ...columns(...cells), hairline(ctx.width, unit)]
  return { box, row }
}

/** Title, lead, counts, the topic x stance table and the reading note: the record's first page. */
const overview = (record: ActorRecord, ctx: ComposeContext): Block[] => {
  const full = { x: 0, width: ctx.width }
  const t = table(ctx, [0, 0.55, 0.85])
  const rows = [
    ...t.row([
      textRows([span('Topic', styles.label)], t.box(0), ctx.measure),
      textRows([span('Stance', styles.label)], t.box(1), ctx.measure),
      textRows([span('Statements', styles.label)], t.box(2), ctx.measure),
    ]),
    ...record.topics.flatMap((topic) =>
      t.row([
        textRows([span(topic.title, styles.bodyBold, { dest: topicAnchor(topic.slug) })], t.box(0), ctx.measure),
        stanceRows(topic.stance, topic.stanceLabel, t.box(1), styles.bodyBold, ctx.measure),
        textRows(
          [span(topic.statements.length > 0 ? String(topic.statements.length) : '—', styles.body)],
          t.box(2),
          ctx.measure,
        ),
      ]),
    ),
  ]
  const counts = `${plural(record.statementCount, 'statement')} · ${plural(record.speakers.length, 'speaker')} · ${plural(record.references.length, 'cited paragraph')}`
  return [
    {
      rows: [
        ...textRows([span('ACTOR', styles.kicker)], { ...full, leading: leading.label }, ctx.measure),
        gapRow(unit),
        ...textRows([span(actorTitle(record), styles.title)], { ...full, leading: leading.title }, ctx.measure),
      ],
      spaceBefore: 0,
      keepWithNext: true,
      anchor: 'overview',
      outline: { title: 'Overview', level: 1 },
    },
    {
      rows: textRows([span(actorLead(record), styles.lead)], { ...full, leading: leading.lead }, ctx.measure),
      spaceBefore: space.block,
    },
    {
      rows: textRows(
        [
          span('Sources: ', styles.metaBold),
          span(
            record.references.length > 0
              ? `${counts}, numbered [1]–[${record.references.length}] in the source list.`
              : `${counts}.`,
            styles.meta,
          ),
        ],
        { ...full, leading: leading.small },
        ctx.measure,
      ),
      spaceBefore: space.block,
    },
    {
      rows: textRows([span('Stance by topic', styles.h3)], { ...full, leading: leading.body }, ctx.measure),
      spaceBefore: space.section,
      keepWithNext: true,
    },
    { rows, spaceBefore: 0, keepTogether: true },
    {
      rows: textRows(
        [span('Reading this record: ', styles.metaBold), span(readingNote, styles.meta)],
        { ...full, leading: leading.small },
        ctx.measure,
      ),
      spaceBefore: space.block,
    },
  ]
}

/** One topic: heading and stance, summary, every statement (drawn as in a topic's brief), and a link to the brief. */
const topicSection = (topic: ActorTopic, ctx: ComposeContext): Block[] => {
  const stance = stanceRows(
    topic.stance,
    topic.stanceLabel,
    { x: 0, width: ctx.width, leading: leading.small },
    styles.stance,
    ctx.measure,
  )
  const head = heading(topic.title, topicAnchor(topic.slug), ctx, stance)
  const url = `${ctx.origin}${topic.href}`
  const body = { x: 0, width: ctx.width, leading: leading.body }
  return [
    head,
    { rows: textRows([span(topic.summary, styles.body)], body, ctx.measure), spaceBefore: 0 },
    ...topic.statements.map((s): Block => ({
      rows: statementRows(s, ctx),
      spaceBefore: space.block,
      keepTogether: true,
      anchor: `${topic.slug}/${s.id}`,
    })),
    {
      rows: textRows(
        [span('Every actor on this topic: ', styles.small), span(url, styles.ref, { uri: url })],
        { ...body, leading: leading.small },
        ctx.measure,
      ),
      spaceBefore: space.block,
    },
  ]
}

/** A speaker: name, every role the sources give, and how many statements of which kind on how many topics. */
const speakerBlock = (speaker: ActorSpeaker, ctx: ComposeContext): Block => {
  const t = table(ctx, [0, 0.3, 0.7])
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
  const t = table(ctx, [0, 0.3, 0.7])
  const speakersHead: Block = {
    rows: t.row([
      textRows([span('Speaker', styles.label)], t.box(0), ctx.measure),
      textRows([span('Role', styles.label)], t.box(1), ctx.measure),
      textRows([span('Statements', styles.label)], t.box(2), ctx.measure),
    ]),
    spaceBefore: 0,
    keepWithNext: true,
  }
  const name = actorInSentence(record.actor, record.actorName)
  return [
    ...overview(record, ctx),
    ...record.topics.flatMap((topic) => topicSection(topic, ctx)),
    heading('Speakers', 'speakers', ctx),
    ...(record.speakers.length > 0
      ? [speakersHead, ...record.speakers.map((s) => speakerBlock(s, ctx))]
      : [
          {
            rows: textRows(
              [span(`These sources quote no one for ${name}.`, styles.body)],
              { x: 0, width: ctx.width, leading: leading.body },
              ctx.measure,
            ),
            spaceBefore: 0,
          },
        ]),
    heading('Sources', 'sources', ctx),
    ...record.references.map((r) => sourceBlock(r, ctx)),
  ]
}
