import { describe, expect, it } from 'vitest'
import { limits } from '../../src/curation/limits'
import { buildActorRecord, type ActorRecord } from '../../src/factsheet/actor-record'
import { filterActors } from '../../src/factsheet/filter-actors'
import { mostTellingStatement } from '../../src/factsheet/glance'
import { glanceLabels, printedWording } from '../../src/vocabulary'
import type { FactPosition, FactSheet, FactStatement } from '../../src/factsheet/model'
import { actorPart, briefPart, collectionParts, paperSizes } from '../../src/render/pdf'
import { maxEmptyShare } from '../../src/render/pdf/layout'
import { pageSizes } from '../../src/render/pdf/options'
import { frameOf, type Part } from '../../src/render/pdf/pages'
import { styles } from '../../src/render/pdf/theme'
import { actorIds, catalog } from '../support/catalog'

const origin = 'https://example.com'
const sheets = catalog.sheets

const heightOf = (part: Part, p: { block: number; from: number; to: number }) =>
  (part.blocks[p.block]?.rows ?? []).slice(p.from, p.to).reduce((h, r) => h + r.height, 0)

/** Blocks before the first that starts a new page: page 1 of a brief. */
const frontOf = (part: Part) => {
  const n = part.blocks.findIndex((b) => b.breakBefore)
  return n < 0 ? part.blocks.length : n
}

/** The text of page `i` (of its items from `fromX` rightwards: one table column), as one string with single spaces. */
const pageText = (part: Part, i: number, fromX = -Infinity) =>
  (part.pages[i] ?? [])
    .flatMap((p) => (part.blocks[p.block]?.rows ?? []).slice(p.from, p.to))
    .flatMap((r) => r.items.flatMap((item) => (item.kind === 'text' && item.x >= fromX ? [item.text] : [])))
    .join(' ')
    .replace(/\s+/g, ' ')

/** Where page 1's statement column starts: the x of its column head. */
const statementColumn = (part: Part) =>
  (part.pages[0] ?? [])
    .flatMap((p) => (part.blocks[p.block]?.rows ?? []).slice(p.from, p.to))
    .flatMap((r) => r.items)
    .find((item) => item.kind === 'text' && item.text === glanceLabels.statement)?.x ?? 0

/** Every rule page 1 and the packing of the rest must keep, as readable problems (none when all hold). */
const problemsOf = (name: string, part: Part, frame: number, front: boolean): string[] => {
  const problems: string[] = []
  if (front) {
    const n = frontOf(part)
    const first = part.pages[0] ?? []
    for (let b = 0; b < n; b++) {
      const rows = first.filter((p) => p.block === b).reduce((k, p) => k + p.to - p.from, 0)
      if (rows !== part.blocks[b]?.rows.length) problems.push(`${name}: page 1 does not hold all of front block ${b}`)
    }
    if (first.some((p) => p.block >= n)) problems.push(`${name}: the full record starts on page 1`)
  }
  part.pages.forEach((page, i) => {
    const last = page[page.length - 1]
    const next = part.pages[i + 1]?.[0]
    if (!last || !next) return
    const at = `${name} page ${i + 1}`
    const block = part.blocks[last.block]
    if (block?.keepWithNext && last.to === block.rows.length) problems.push(`${at}: ends with a heading or stance line`)
    if (next.block === last.block && block) {
      if (block.rows[next.from]?.glue) problems.push(`${at}: breaks before a row glued to the one above`)
      if (last.to - last.from < 2 || next.to - next.from < 2) problems.push(`${at}: leaves a single line of a block`)
    }
    const breaks = part.blocks[next.block]?.breakBefore === true && next.from === 0
    const empty = 1 - (last.y + heightOf(part, last)) / frame
    if (!breaks && empty > maxEmptyShare) problems.push(`${at}: ends ${Math.round(empty * 100)} % empty`)
  })
  // A statement broken across pages keeps its speaker line with the gap above it and its last two lines.
  part.blocks.forEach((block, b) => {
    const speaker = block.rows.findIndex((r) => r.items.find((item) => item.kind === 'text')?.style === styles.smallBold)
    if (!block.anchor || speaker < 3 || !block.rows.some((r) => r.items.some((item) => item.kind === 'text' && item.style === styles.quote)))
      return
    const placed = part.pages.flat().find((p) => p.block === b && p.from <= speaker && speaker < p.to)
    if (placed && placed.from > speaker - 3) problems.push(`${name}: ${block.anchor}'s speaker line is parted from its last lines`)
  })
  return problems
}

/**
 * Whether the words of `phrase` appear in order in `text`. Table cells are drawn a line of every column at a time,
 * so a phrase that wraps in its cell reads interleaved with its neighbours' lines, but never out of order.
 */
const readsInOrder = (raw: string, phrase: string) => {
  // A line may break after a hyphen, dash or slash inside a word ("cease-" + "fire"): close those up.
  const text = raw.replace(/([\p{L}\p{N}][-\u2010-\u2014/]) /gu, '$1')
  let at = 0
  for (const word of phrase.split(/\s+/)) {
    at = text.indexOf(word, at)
    if (at < 0) return false
    at += word.length
  }
  return true
}

type Answer = { who: string; stance: string; position: Pick<FactPosition, 'stance' | 'statements'> }

/** A topic brief's table rows: one per actor. */
const sheetAnswers = (sheet: FactSheet): Answer[] =>
  sheet.positions.map((p) => ({ who: p.actorName, stance: p.stanceWithBasis, position: p }))

/** An actor brief's table rows: one per topic. */
const recordAnswers = (record: ActorRecord): Answer[] =>
  record.topics.map((t) => ({ who: t.title, stance: t.stanceWithBasis, position: t }))

/**
 * What page 1 must say for each row of its table: the stance, and who said the most telling statement (or, where the
 * page is short of room, the shortest complete one), with its source number.
 */
const expectAnswers = (name: string, part: Part, rows: Answer[], { complete }: { complete: boolean }) => {
  const text = pageText(part, 0)
  const statements = pageText(part, 0, statementColumn(part))
  for (const { who, stance, position } of rows) {
    expect(readsInOrder(text, who), `${name}: ${who} on page 1`).toBe(true)
    expect(readsInOrder(text, stance), `${name}: ${who}'s stance "${stance}" on page 1`).toBe(true)
    const candidates = [mostTellingStatement(position), mostTellingStatement(position, { shortest: true })]
    if (!candidates[0]) continue
    const shown = candidates.filter((s) => {
      const first = s?.wordings[0]
      if (!s || !first || !readsInOrder(statements, s.speaker.name) || !statements.includes(`[${first.source.n}]`)) return false
      // Shortening a statement is the last resort of data at the limits: real briefs show every word of it.
      return !complete || readsInOrder(statements, printedWording(first.kind, first.text))
    })
    expect(shown.length, `${name}: ${who}'s statement${complete ? ', complete,' : ''} with speaker and citation on page 1`).toBeGreaterThan(0)
  }
}

describe('page 1 of every brief is the brief at a glance, and the rest packs tightly', () => {
  for (const paper of paperSizes) {
    const frame = frameOf(pageSizes[paper]).height
    const options = { paper, origin }

    it(`every topic brief, whole and narrowed to each actor (${paper})`, () => {
      for (const sheet of sheets)
        for (const variant of [sheet, ...actorIds.map((a) => filterActors(sheet, [a], actorIds))]) {
          const name = `${variant.slug}${variant.actorFilter ? `?actors=${variant.actorFilter.actors.join(',')}` : ''}`
          const part = briefPart(variant, options, '')
          expect(problemsOf(name, part, frame, true)).toEqual([])
          expectAnswers(name, part, sheetAnswers(variant), { complete: true })
          expect(part.pages.length, name).toBeGreaterThan(1)
        }
    })

    it(`every actor brief (${paper})`, () => {
      for (const actor of actorIds) {
        const record = buildActorRecord(actor, sheets)
        const part = actorPart(record, options)
        expect(problemsOf(actor, part, frame, true)).toEqual([])
        expectAnswers(actor, part, recordAnswers(record), { complete: true })
      }
    })

    it(`the all-topics brief: each topic's page 1 a brief on its own (${paper})`, () => {
      const [contents, ...parts] = collectionParts(sheets, options)
      expect(problemsOf('contents', contents!, frame, false)).toEqual([])
      parts.forEach((part, i) => expect(problemsOf(sheets[i]!.slug, part, frame, true)).toEqual([]))
    })
  }
})

// Fictional text only: nothing here is a real statement, and none of it is served.
const fictional = (n: number, words = 'Fictional test words about an invented river treaty') => {
  let text = ''
  while (text.length < n) text += `${words} ${text.length}. `
  return text.slice(0, n).trim()
}

const longStatement = (s: FactStatement, i: number): FactStatement => ({
  ...s,
  speaker: {
    name: `Invented Spokesperson ${i} ${fictional(limits.speakerName)}`.slice(0, limits.speakerName).trim(),
    role: fictional(limits.speakerRole, 'Deputy to the invented minister'),
  },
  quote: fictional(700),
  wordings: s.wordings.slice(0, 1).map((w) => ({ ...w, kind: 'quote', text: fictional(700) })),
  kind: 'quote',
})

/** A sheet at every limit check:data allows: longest title and summary, most actors, each quoted at length. */
const longestSheet = (): FactSheet => {
  const base = sheets[0]!
  const model = base.positions.find((p) => p.statements.length > 0)!
  const positions: FactPosition[] = Array.from({ length: limits.actorsPerStory }, (_, i) => ({
    ...model,
    actor: `invented-${i}`,
    actorName: `Invented Republic ${i} of the Long Example Coast`.slice(0, limits.actorName).trim(),
    stance: 'conditional',
    stanceWithBasis: 'Conditional, as outlets report it',
    statements: model.statements.map((s, j) => longStatement(s, i * 10 + j)),
  }))
  return { ...base, title: fictional(limits.topicTitle), summary: fictional(limits.topicSummary), positions }
}

/** An actor record at the limits: most topics, longest titles, each with a long quote. */
const longestRecord = (): ActorRecord => {
  const base = buildActorRecord(actorIds[0]!, sheets)
  const model = base.topics.find((t) => t.statements.length > 0)!
  const topics = Array.from({ length: limits.topicsPerStory }, (_, i) => ({
    ...model,
    slug: `invented-topic-${i}`,
    title: `${i} ${fictional(limits.topicTitle)}`.slice(0, limits.topicTitle).trim(),
    stance: 'conditional' as const,
    stanceWithBasis: 'Conditional, as outlets report it',
    statements: model.statements.map((s, j) => longStatement(s, i * 10 + j)),
  }))
  return { ...base, topics }
}

describe('page 1 never runs over one page, whatever the data check:data allows', () => {
  for (const paper of paperSizes) {
    const frame = frameOf(pageSizes[paper]).height
    it(`a topic brief at every limit (${paper})`, () => {
      const sheet = longestSheet()
      const part = briefPart(sheet, { paper, origin }, '')
      expect(problemsOf('longest sheet', part, frame, true)).toEqual([])
      expectAnswers('longest sheet', part, sheetAnswers(sheet), { complete: false })
    })

    it(`an actor brief at every limit (${paper})`, () => {
      const record = longestRecord()
      const part = actorPart(record, { paper, origin })
      expect(problemsOf('longest record', part, frame, true)).toEqual([])
      expectAnswers('longest record', part, recordAnswers(record), { complete: false })
    })
  }
})
