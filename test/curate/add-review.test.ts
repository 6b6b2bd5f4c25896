import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { compileStory } from '../../tools/data/compile-story'
import { addArticle } from '../../tools/curate/add'
import { loadArticle } from '../../tools/curate/load-article'
import { reviewStep, startReview, type ReviewContext } from '../../tools/curate/review'
import { applyAction, openProposals, reviewContext, runReview } from '../../tools/curate/review-store'
import { CurateError, storyPaths } from '../../tools/curate/story'
import { copyFixtureStory, fictionalArticles, root } from './story-copy'

const sarrow = join(fictionalArticles, 'sarrow-wire.txt')
const added = () => {
  const story = copyFixtureStory()
  const result = addArticle(sarrow, story, { cwd: story.dir })
  return { story, result }
}

describe('add', () => {
  it('copies the seed, writes metadata marked for review, lists and pins the article; it compiles', () => {
    const { story, result } = added()
    expect(result.id).toBe('harbour-press-agency')
    expect(readFileSync(result.seedFile, 'utf8')).toBe(readFileSync(sarrow, 'utf8'))
    expect(result.report).toMatch(/line {3}5 {2}byline-box {7}By Tobias Wren/)
    expect(result.report).toMatch(/site-chrome\* +FICTIONAL TEST ARTICLE/)
    expect(result.report).toMatch(/^ {2}p14 +The next session of the Ambry talks/m)
    const meta = parse(readFileSync(result.articleFile, 'utf8'))
    expect(meta).toMatchObject({ outlet: 'Harbour Press Agency (fictional)', date: '2024-10-14', ownership: 'unconfirmed', credit: { from: 'line' } })
    expect(meta.review).toMatch(/ownership/)
    expect(Object.keys(meta.paragraphs)).toHaveLength(14)
    expect(readFileSync(join(story.storyDir, 'story.yaml'), 'utf8')).toMatch(/# A fictional story for tests only[\s\S]*- harbour-press-agency/)
    const { problems, data, unfinished } = compileStory(story.storyDir, join(story.dir, 'seeds'))
    expect(problems).toEqual([])
    expect(data?.articles.map((a) => a.id)).toContain('harbour-press-agency')
    // It compiles, but check:data builds nothing until the curator has confirmed and deleted the review field.
    expect(unfinished.map((p) => `${p.file.split('/').slice(-2).join('/')} ${p.field}`)).toEqual(['articles/harbour-press-agency.yaml review'])
    // The story loader gives propose the pinned paragraph ids.
    expect(loadArticle('harbour-press-agency', story).paragraphs[13]?.text).toMatch(/^The next session/)
  })
  it('refuses an unknown story and a different file under the same seed name', () => {
    expect(() => storyPaths('no-such-story', join(root, 'test/fixtures/stories'))).toThrow(/Unknown story "no-such-story".*fictional-water-treaty/)
    const { story } = added()
    writeFileSync(join(story.dir, 'sarrow-wire.txt'), 'Another headline\nOther text, quite different.\n')
    expect(() => addArticle(join(story.dir, 'sarrow-wire.txt'), story)).toThrow(CurateError)
  })
})

describe('review', () => {
  it('accepts into a new topic with a new speaker, rejects for good, and compiles after each step', () => {
    const { story } = added()
    const transcript = runReview(story, 'harbour-press-agency', ['r', 'a', 'compact', 'n', 'strait-closure', 'o', '', 'y', 'q'])
    expect(transcript.join('\n')).toMatch(/wrote oyelaran-[a-z-]+ to .*strait-closure\.yaml; it compiles\nstill to write before check:data builds the story:\n {2}\S*strait-closure\.yaml:3 title\n {2}\S*strait-closure\.yaml:4 summary\n {2}\S*strait-closure\.yaml:\d+ positions\.compact\.summary/)
    const topic = parse(readFileSync(join(story.storyDir, 'topics/strait-closure.yaml'), 'utf8'))
    expect(topic.positions.compact).toMatchObject({ stance: 'opposes', statements: [{ kind: 'quote', speaker: 'oyelaran', reports: [{ article: 'harbour-press-agency', paragraph: 'p2' }] }] })
    // The text gives no day for p2: the statement carries the month it was reported in, and says so.
    expect(topic.positions.compact.statements[0]).toMatchObject({ date: '2024-10', dateNote: expect.stringMatching(/^Reported on 2024-10-14; the text gives no day/) })
    expect(parse(readFileSync(join(story.storyDir, 'speakers.yaml'), 'utf8')).oyelaran).toMatchObject({ name: 'Marguerite Oyelaran', actor: 'compact' })
    expect(compileStory(story.storyDir, join(story.dir, 'seeds')).problems).toEqual([])
    // Neither the rejected nor the accepted proposal comes back.
    expect(existsSync(join(story.storyDir, 'review/harbour-press-agency.yaml'))).toBe(true)
    const open = openProposals(story, reviewContext(story, 'harbour-press-agency'))
    expect(open.some((p) => p.paragraph === 'p1' || p.paragraph === 'p2')).toBe(false)
  })
  it('edits the words only to verbatim text, and suggests a topic and an id', () => {
    const { story } = added()
    const ctx: ReviewContext = reviewContext(story, 'harbour-press-agency')
    let r = startReview(ctx, openProposals(story, ctx))
    r = reviewStep(ctx, r.state, 'e')
    expect(r.wantsLine).toBe(true)
    r = reviewStep(ctx, r.state, 'words that are not there')
    expect(r.output.join()).toMatch(/not verbatim in p1/)
    r = reviewStep(ctx, r.state, 'a hostile act')
    expect(r.state.items[0]?.segments).toEqual(['a hostile act'])
    r = reviewStep(ctx, r.state, 's')
    expect(r.state.at).toBe(1)
    r = reviewStep(ctx, r.state, 'a')
    r = reviewStep(ctx, r.state, 'compact')
    expect(r.output.join('\n')).toMatch(/Topic: Enter = \S+, 1-2 = pick, n = new topic/)
  })
  it('gives a stance the basis of the strongest statement it cites: reported speech, then own words once quoted', () => {
    const { story } = added()
    const proposals = openProposals(story, reviewContext(story, 'harbour-press-agency'))
    const accept = (paragraph: string, kind: 'quote' | 'paraphrase', first: boolean) => {
      const proposal = proposals.find((p) => p.paragraph === paragraph && p.kind === kind)!
      return applyAction(story, {
        type: 'accept',
        proposal,
        topic: 'drone-incursion',
        newTopic: first,
        actor: 'veldria',
        ...(first ? { stance: 'opposes', newSpeaker: { id: 'varnaby', name: 'Ilse Varnaby', role: 'Foreign Minister of Veldria', actor: 'veldria' } } : {}),
        statement: {
          id: `varnaby-${paragraph}`,
          kind,
          speaker: 'varnaby',
          date: '2024-10',
          dateNote: 'Reported on 2024-10-14; the text gives no day.',
          reports: [{ article: 'harbour-press-agency', paragraph, text: proposal.segments.length === 1 ? proposal.segments[0]! : proposal.segments }],
        },
      })
    }
    const veldria = () => parse(readFileSync(join(story.storyDir, 'topics/drone-incursion.yaml'), 'utf8')).positions.veldria
    expect(accept('p9', 'paraphrase', true).ok).toBe(true)
    expect(veldria()).toMatchObject({ stance: 'opposes', basis: 'reported-speech' })
    expect(accept('p10', 'quote', false).ok).toBe(true)
    expect(veldria()).toMatchObject({ stance: 'opposes', basis: 'own-words' })
    expect(compileStory(story.storyDir, join(story.dir, 'seeds')).problems).toEqual([])
  })
  it('rolls back a statement that does not compile', () => {
    const { story } = added()
    // A date the proposer could never give, to make compileStory object.
    const ctx = reviewContext(story, 'harbour-press-agency')
    const items = openProposals(story, ctx).map((p, i) => (i === 1 ? { ...p, date: '2024-02-31' } : p))
    let r = startReview(ctx, items)
    for (const key of ['s', 'a', 'compact', '2', '', 'y']) r = reviewStep(ctx, r.state, key)
    expect(r.action?.type).toBe('accept')
    const before = readFileSync(join(story.storyDir, 'topics/treaty-share.yaml'), 'utf8')
    
    const applied = applyAction(story, r.action!)
    expect(applied.ok).toBe(false)
    expect(applied.messages.join('\n')).toMatch(/not a real date/)
    expect(readFileSync(join(story.storyDir, 'topics/treaty-share.yaml'), 'utf8')).toBe(before)
  })
})
