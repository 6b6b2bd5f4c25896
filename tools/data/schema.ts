import { z } from 'zod'
import { limits } from '../../src/curation/limits'

// The one description of the files a curator edits. `npm run schema` turns it into JSON Schema for editors;
// check:data validates against it and then checks what a schema cannot (verbatim text, ids that resolve).

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. kirby-malarkey')
  .describe('A name, not a position: lower-case words joined by hyphens.')

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2023-03-20')
  .describe('An ISO date, YYYY-MM-DD.')

// YAML reads a bare year (2014) as a number; accept it as the year it is.
const partialDate = z
  .union([z.string(), z.number().int().transform(String)])
  .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write YYYY-MM-DD, or YYYY-MM / YYYY where the text gives no day'))
  .describe('As precise as the text: YYYY-MM-DD, YYYY-MM or YYYY. Never more precise than the source.')

const nonEmpty = z.string().trim().min(1, 'must not be empty')
/** A length limit's message: the limit, and why it exists. */
const fits = (n: number, what: string) => `at most ${n} ${what}, so that page 1 of every brief fits one page`

export const dropReasons = [
  'headline',
  'site-chrome',
  'video-player',
  'photo-caption',
  'duplicate',
  'see-also',
  'section-heading',
  'credit',
  'byline-box',
  'copyright',
  'comments-widget',
  'page-navigation',
] as const

export const stanceIds = ['supports', 'opposes', 'conditional', 'ambiguous', 'none'] as const
export const statementKinds = ['quote', 'paraphrase', 'characterisation'] as const
export const bases = ['own-words', 'reported-speech', 'outlet-reports'] as const

export const storySchema = z
  .object({
    title: nonEmpty.describe('What the story is, as the index heading ends: "Who stands where: <title>".'),
    corpusName: nonEmpty.describe('One line naming the sources, for page and PDF footers.'),
    sourcesPhrase: nonEmpty.describe('The sources as they read inside a sentence, e.g. "the five reports".'),
    actors: z
      .array(
        z
          .object({ id, name: nonEmpty.max(limits.actorName, fits(limits.actorName, 'characters')), inSentence: nonEmpty.optional().describe('The name inside a sentence, e.g. "the United States".') })
          .strict(),
      )
      .min(1)
      .max(limits.actorsPerStory, fits(limits.actorsPerStory, 'actors'))
      .describe('The actors every fact sheet answers for, in display order.'),
    articles: z.array(id).min(1).describe('Article ids (files in articles/), in the order sources are listed.'),
    topics: z
      .array(id)
      .min(1)
      .max(limits.topicsPerStory, fits(limits.topicsPerStory, 'topics'))
      .describe('Topic ids (files in topics/), in the order the index lists them.'),
  })
  .strict()

export const articleSchema = z
  .object({
    file: nonEmpty.describe('The seed file in seeds/<story>/, copied verbatim from the page.'),
    outlet: nonEmpty.describe('The outlet as readers know it, shown beside every citation.'),
    newsroom: nonEmpty.describe('Who wrote the text: corroboration counts newsrooms, not outlets.'),
    affiliation: nonEmpty.describe('Who owns or funds the outlet, as plain facts.'),
    ownership: nonEmpty.describe('Two or three words for beside a citation, e.g. "US government-funded".'),
    wireMaterial: z
      .array(nonEmpty)
      .default([])
      .describe('Wire services whose material the text itself says it uses (credit line, "according to Reuters").'),
    provenanceNote: nonEmpty.optional().describe('What the text shows about where it comes from, in a sentence.'),
    aliases: z.array(id).default([]).describe('Earlier ids of this article; their URLs redirect here.'),
    date: isoDate.describe('Publication date, as the text establishes it.'),
    dateBasis: nonEmpty.describe('How the text establishes the date (the seeds carry no datelines).'),
    credit: z
      .object({
        text: nonEmpty,
        from: z.enum(['line', 'lede']).describe('A whole line of its own, or the dateline that opens the lede.'),
      })
      .strict(),
    qualityNote: nonEmpty.optional().describe('A warning about the text, shown beside every citation of it.'),
    furniture: z
      .array(z.object({ reason: z.enum(dropReasons), lines: z.array(nonEmpty).min(1) }).strict())
      .default([])
      .describe('Lines peculiar to this page that are not news text (photo captions, byline boxes), confirmed by a curator.'),
    paragraphs: z
      .record(z.string().regex(/^p\d+$/, 'paragraph ids read p1, p2, …'), z.string().regex(/^[0-9a-f]{8}$/))
      .default({})
      .describe('Pins: each paragraph id with a fingerprint of its text. `npm run check:data -- --pin` writes them.'),
    review: z.string().optional().describe('Left by `npm run curate -- add`: what a curator must still confirm.'),
  })
  .strict()

export const speakerSchema = z
  .object({
    name: nonEmpty.max(limits.speakerName, fits(limits.speakerName, 'characters')),
    role: nonEmpty.max(limits.speakerRole, fits(limits.speakerRole, 'characters')).describe('In the sources’ words where they give one.'),
    actor: id.describe('The actor this speaker speaks for, or "other".'),
  })
  .strict()

export const speakersSchema = z.record(id, speakerSchema)

const segments = z.union([nonEmpty, z.array(nonEmpty).min(1)])

export const reportSchema = z
  .object({
    article: id,
    paragraph: z.string().regex(/^p\d+$/, 'a paragraph id such as p13 (see /sources/<article>)'),
    text: segments.describe(
      'The words exactly as the paragraph has them. A quote interrupted by "he said" is a list of its parts, in order.',
    ),
    kind: z.enum(statementKinds).optional().describe('Only where this outlet reports with another grade than the statement.'),
    via: nonEmpty.optional().describe('The newsroom the outlet attributes these words to ("according to Reuters").'),
  })
  .strict()

export const statementSchema = z
  .object({
    id,
    kind: z.enum(statementKinds).describe(
      'quote: the speaker’s words inside quotation marks; paraphrase: reported speech the outlet attributes; characterisation: the outlet’s own description.',
    ),
    speaker: z
      .union([id, z.array(id).min(2)])
      .optional()
      .describe('A speaker id from speakers.yaml (a list for a joint statement). Omit for a characterisation of the actor itself.'),
    about: z
      .array(id)
      .min(2)
      .optional()
      .describe('For a characterisation that describes several actors at once: their ids. It is then cited on each of their positions.'),
    date: partialDate,
    dateNote: nonEmpty.optional().describe('How the date was established, where the text gives no date of its own.'),
    reports: z.array(reportSchema).min(1).describe('Every outlet that reports it, the clearest wording first.'),
  })
  .strict()

export const positionSchema = z
  .object({
    stance: z.enum(stanceIds),
    basis: z
      .enum(bases)
      .optional()
      .describe('What the stance rests on, the strongest evidence cited: own-words (a quote of one of the actor’s speakers), reported-speech (its speakers paraphrased, never quoted) or outlet-reports (only outlets’ characterisations).'),
    summary: nonEmpty.describe('Neutral, in our words, resting only on the statements below; quoted phrases must appear in them.'),
    telling: id
      .optional()
      .describe(
        'The id of the statement, among those below, that best shows where the actor stands: page 1 of the briefs and the top of the HTML page show it. Without it: the actor’s own words, a quote before a paraphrase, a source without a quality warning, the shortest.',
      ),
    statements: z
      .array(z.union([id, statementSchema]))
      .default([])
      .describe('Statements defined here, or the id of a statement defined on another topic.'),
  })
  .strict()

export const figureSchema = z
  .object({
    id,
    label: nonEmpty,
    value: z.union([nonEmpty, z.number()]).transform(String),
    reports: z.array(reportSchema.omit({ kind: true, via: true })).min(1),
  })
  .strict()

export const topicSchema = z
  .object({
    title: nonEmpty.max(limits.topicTitle, fits(limits.topicTitle, 'characters')),
    summary: nonEmpty.max(limits.topicSummary, fits(limits.topicSummary, 'characters')),
    positions: z.record(id, positionSchema),
    figures: z.array(figureSchema).default([]),
    anchors: z
      .record(z.string(), id)
      .default({})
      .describe('Anchors published earlier (e.g. us-2) and the statement id they now point to.'),
  })
  .strict()

export const eventSchema = z
  .object({
    id,
    date: partialDate,
    dateNote: nonEmpty.optional(),
    caution: nonEmpty.optional().describe('A warning about the reports themselves, e.g. a garbled sentence.'),
    title: nonEmpty.describe('Short and neutral, in our own words.'),
    topics: z.array(id).default([]).describe('Slugs of the topic sheets the event belongs on; none puts it on the timeline only.'),
    reports: z.array(reportSchema.omit({ via: true })).min(1),
  })
  .strict()

export const timelineSchema = z.array(eventSchema)

export type StoryFile = z.infer<typeof storySchema>
export type ArticleFile = z.infer<typeof articleSchema>
export type SpeakerFile = z.infer<typeof speakerSchema>
export type ReportFile = z.infer<typeof reportSchema>
export type StatementFile = z.infer<typeof statementSchema>
export type PositionFile = z.infer<typeof positionSchema>
export type TopicFile = z.infer<typeof topicSchema>
export type EventFile = z.infer<typeof eventSchema>

/** Each kind of data file with its schema, for check:data and for the JSON Schema editors use. */
export const fileSchemas = {
  story: storySchema,
  article: articleSchema,
  speakers: speakersSchema,
  topic: topicSchema,
  timeline: timelineSchema,
} as const
