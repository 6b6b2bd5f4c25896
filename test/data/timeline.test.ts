import { afterAll, describe, expect, it } from 'vitest'
import { compileStory } from '../../tools/data/compile-story'
import { scratchStory, seedsDir, storyDir } from './scratch-story'

describe('the curated timeline', () => {
  const timeline = compileStory(storyDir, seedsDir).data?.timeline ?? []
  const byId = (id: string) => timeline.find((e) => e.id === id)

  it('compiles: verbatim reports, unique ids, known topics, real dates in order', () => {
    expect(timeline.length).toBeGreaterThan(0)
    const dates = timeline.map((e) => e.date)
    expect(dates).toEqual([...dates].sort())
  })

  // Dates as stories/xi-putin-moscow-2023/timeline.yaml gives them: never more precise than the sources.
  it.each([
    ['crimea-annexed', '2014', 'year'],
    ['russia-invades-ukraine', '2022-02', 'month'],
    ['icc-arrest-warrant', '2023-03', 'month'],
    ['china-peace-plan-released', '2023-02', 'month'],
    ['xi-invites-putin', '2023-03', 'month'],
    ['kirby-speaks-to-voa', '2023-03-17', 'day'],
    ['putin-peoples-daily-article', '2023-03-19', 'day'],
    ['xi-rossiiskaya-gazeta-article', '2023-03-20', 'day'],
    ['xi-arrives-in-moscow', '2023-03-20', 'day'],
    ['first-day-of-talks', '2023-03-20', 'day'],
    ['danilov-tweet', '2023-03-20', 'day'],
    ['second-day-of-talks', '2023-03-21', 'day'],
    ['xi-invites-mishustin', '2023-03-21', 'day'],
    ['stoltenberg-in-brussels', '2023-03-21', 'day'],
    ['kishida-to-meet-zelensky', '2023-03-21', 'day'],
  ])('dates %s to %s (%s)', (id, date, precision) => {
    expect(byId(id)).toMatchObject({ date, precision })
  })

  it('never claims a day the sources do not give, and says how every month-only date was worked out', () => {
    const months = timeline.filter((e) => e.precision === 'month')
    expect(months.length).toBeGreaterThan(0)
    for (const event of months) expect(event.dateNote, event.id).toBeTruthy()
    expect(byId('china-peace-plan-released')?.dateNote).toContain('last month')
    expect(byId('icc-arrest-warrant')?.dateNote).toContain('just days after')
  })

  it('puts a cleaner outlet before CNN and flags the garbled CNN-only report', () => {
    for (const event of timeline) {
      const firstCnn = event.reports.findIndex((r) => r.article === 'cnn')
      const lastOther = event.reports.map((r) => r.article !== 'cnn').lastIndexOf(true)
      if (firstCnn >= 0 && lastOther >= 0) expect(firstCnn, event.id).toBeGreaterThan(lastOther)
    }
    expect(byId('kishida-to-meet-zelensky')?.caution).toMatch(/garbled/)
  })
})

describe('check:data on timeline.yaml', () => {
  type Event = Record<string, unknown>
  const event = (over: Event = {}): Event => ({
    id: 'x',
    date: '2023-03-20',
    title: 'An event',
    topics: ['scratch'],
    reports: [{ article: 'voa', paragraph: 'p7', text: 'told reporters in Washington Monday' }],
    ...over,
  })
  const scratches: ReturnType<typeof scratchStory>[] = []
  afterAll(() => scratches.forEach((s) => s.remove()))
  /** Every problem check:data finds in a story whose timeline is `events`. */
  const problems = (events: Event[]) => {
    const story = scratchStory({ timeline: events })
    scratches.push(story)
    return story.problems().join('\n')
  }
  const compiled = (events: Event[]) => {
    const story = scratchStory({ timeline: events })
    scratches.push(story)
    return story.compile()
  }

  it('accepts a sound event, with its precision taken from the date', () => {
    const { data, problems: found } = compiled([event(), event({ id: 'y', date: '2023-03-21' })])
    expect(found).toEqual([])
    expect(data!.timeline.map((e) => [e.id, e.precision, e.reports[0]!.segments])).toEqual([
      ['x', 'day', ['told reporters in Washington Monday']],
      ['y', 'day', ['told reporters in Washington Monday']],
    ])
  })

  it('rejects words not in the paragraph, with the file and line', () =>
    expect(problems([event({ reports: [{ article: 'voa', paragraph: 'p7', text: 'told reporters in Beijing' }] })])).toMatch(
      /^timeline\.yaml:\d+ \[0\]\.reports\[0\]\.text: not verbatim in voa#p7/m,
    ))

  it('rejects unknown article and paragraph ids', () => {
    expect(problems([event({ reports: [{ article: 'nyt', paragraph: 'p1', text: 'x' }] })])).toMatch(/unknown article "nyt"/)
    expect(problems([event({ reports: [{ article: 'voa', paragraph: 'p99', text: 'x' }] })])).toMatch(/voa has no paragraph p99/)
  })

  it('rejects duplicate and badly formed ids', () => {
    expect(problems([event(), event()])).toMatch(/\[1\]\.id: duplicate event id "x"/)
    expect(problems([event({ id: 'Not Kebab' })])).toMatch(/\[0\]\.id: use lower-case words joined by hyphens/)
  })

  it('rejects unknown topics and a topic listed twice', () => {
    expect(problems([event({ topics: ['no-such-topic'] })])).toMatch(/unknown topic "no-such-topic"; the story's topics are: scratch/)
    expect(problems([event({ topics: ['scratch', 'scratch'] })])).toMatch(/a topic is listed twice/)
  })

  it('rejects dates that are not ISO or not real, and accepts a month or a year where the text gives no day', () => {
    expect(problems([event({ date: '20 March 2023' })])).toMatch(/\[0\]\.date: write YYYY-MM-DD/)
    expect(problems([event({ date: '2023-02-30' })])).toMatch(/"2023-02-30" is not a real date/)
    expect(problems([event({ date: '2023-13' })])).toMatch(/"2023-13" is not a real date/)
    expect(problems([event({ date: '2023-02' })])).toBe('')
    expect(compiled([event({ date: 2014 })]).data?.timeline[0]).toMatchObject({ date: '2014', precision: 'year' })
  })

  it('rejects events out of date order', () =>
    expect(problems([event({ id: 'b', date: '2023-03-21' }), event({ id: 'a', date: '2023-03-20' })])).toMatch(
      /\[1\]\.date: out of order: comes after b \(2023-03-21\)/,
    ))

  it('rejects an event without reports', () => expect(problems([event({ reports: [] })])).toMatch(/\[0\]\.reports: /))

  it('compiles nothing while any problem remains', () => {
    expect(compiled([event(), event()]).data).toBeUndefined()
  })
})
