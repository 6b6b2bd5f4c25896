import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Scalar } from 'yaml'
import { describe, expect, it } from 'vitest'
import { closestSentence } from '../../tools/data/check-report'
import { limits } from '../../src/curation/limits'
import { compileStory } from '../../tools/data/compile-story'

const story = 'stories/xi-putin-moscow-2023'
const fixture = 'test/fixtures/stories/fictional-water-treaty'
const fixtureSeeds = 'test/fixtures/seeds'

/** A scratch copy of a story folder, so a test can break it. */
const copyOf = (dir: string): string => {
  const to = join(mkdtempSync(join(tmpdir(), 'story-')), dir.split('/').pop()!)
  cpSync(dir, to, { recursive: true })
  return to
}

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8')
  const next = text.replace(from, to)
  expect(next, `${file} should contain ${from}`).not.toBe(text)
  writeFileSync(file, next)
}

const messages = (dir: string, seeds = 'seeds') => compileStory(dir, seeds).problems.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line} ${p.field}: ${p.message}`)

/** Every quoted text in a topic file with its line: `text:` scalars and the segments of `text:` lists. */
const quoteTexts = (file: string) => {
  const lineCounter = new LineCounter()
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter })
  const found: { value: string; line: number; lines: number[] }[] = []
  const lineOf = (node: { range?: [number, number, number] | null }) => lineCounter.linePos(node.range![0]).line
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'text') return
      const nodes = isSeq(pair.value) ? pair.value.items : [pair.value]
      for (const node of nodes)
        if (isScalar(node) && typeof node.value === 'string') {
          const line = lineOf(node as Scalar)
          // A problem may point at the value or, for a single text, at its `text:` key.
          found.push({ value: node.value, line, lines: isSeq(pair.value) ? [line] : [line, lineOf(pair.key as Scalar)] })
        }
    },
  })
  return found
}

describe('the bundled story', () => {
  it('compiles without a problem', () => {
    expect(messages(story)).toEqual([])
  })

  it('names every statement by a curator id, unique in the story', () => {
    const data = compileStory(story, 'seeds').data!
    for (const id of Object.keys(data.statements)) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    for (const id of Object.keys(data.statements)) expect(id, 'ids are names, not positions').not.toMatch(/^(us|ukraine|russia|china|nato)-\d+$/)
  })
})

describe('a one-character change to any quote', () => {
  const topics = readdirSync(join(story, 'topics')).filter((f) => f.endsWith('.yaml'))
  it.each(topics)('in %s is reported with its file, line and the closest sentence', (name) => {
    const copy = copyOf(story)
    const file = join(copy, 'topics', name)
    const original = readFileSync(file, 'utf8')
    const texts = quoteTexts(file)
    expect(texts.length).toBeGreaterThan(0)
    for (const { value, line, lines: accepted } of texts) {
      // Swap one letter in the middle of the quote for another: the smallest slip a curator makes.
      const at = value.search(/[a-z]/i) >= 0 ? [...value.matchAll(/[a-z]/gi)][Math.floor(value.replace(/[^a-z]/gi, '').length / 2)]!.index! : 0
      const slipped = value.slice(0, at) + (value[at] === 'x' ? 'y' : 'x') + value.slice(at + 1)
      const lines = original.split('\n')
      const where = lines[line - 1]!
      expect(where, `line ${line} holds the quote`).toContain(value.slice(0, 20).replace(/\s+$/, ''))
      lines[line - 1] = where.replace(value, slipped)
      writeFileSync(file, lines.join('\n'))
      const problems = compileStory(copy, 'seeds').problems
      expect(problems.length, `${name}:${line} "${slipped}"`).toBeGreaterThan(0)
      const problem = problems.find((p) => p.file === file && accepted.includes(p.line))
      expect(problem, `${name}:${line}: ${problems.map((p) => `${p.line} ${p.message}`).join('; ')}`).toBeDefined()
      expect(problem!.message).toMatch(/not verbatim in \w+#p\d+: .*closest sentence there: "/)
      expect(problem!.field).toMatch(/\.text(\[\d+\])?$/)
      // One slip, one message: the statement's anchors are not reported as broken too.
      expect(problems.filter((p) => /anchor/.test(p.message))).toEqual([])
    }
    writeFileSync(file, original)
  })
})

describe('npm run check:data', () => {
  const cli = (args: string[]) => spawnSync('npx', ['tsx', 'tools/check-data.ts', ...args], { encoding: 'utf8' })

  it('fails with file and line on a slipped quote, so npm run build (which runs it first) refuses the data', () => {
    const copy = copyOf(fixture)
    edit(join(copy, 'topics', 'dam-deadline.yaml'), 'never negotiate under a deadline\n', 'never negotiate under a dead line\n')
    const out = mkdtempSync(join(tmpdir(), 'out-'))
    const run = cli(['--stories', join(copy, '..'), '--seeds', fixtureSeeds, '--out', out])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/fictional-water-treaty\/topics\/dam-deadline\.yaml:\d+:\d+ {2}positions\.ostmark\.statements\[1\]\.reports\[0\]\.text: not verbatim in coastwire#p1/)
    expect(readdirSync(out)).toEqual([])
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>
    expect(scripts.build).toMatch(/^npm run check:data && /)
    expect(scripts.test).toMatch(/npm run check:data && /)
  })

  it('refuses to build a story with a placeholder or an article still under review, naming each with file and line', () => {
    const copy = copyOf(fixture)
    edit(join(copy, 'topics', 'dam-deadline.yaml'), 'summary: Toll said Veldria would sign only once the dams open.', 'summary: "TO WRITE: veldria conditional, resting on toll-dams-open-first."')
    edit(join(copy, 'articles', 'gazette.yaml'), /$/, '\nreview: |-\n  Written by npm run curate -- add; confirm each point, then delete this field.\n')
    const out = mkdtempSync(join(tmpdir(), 'out-'))
    const run = cli(['--stories', join(copy, '..'), '--seeds', fixtureSeeds, '--out', out])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/topics\/dam-deadline\.yaml:8:\d+ {2}positions\.veldria\.summary: still a placeholder, "TO WRITE: veldria conditional, resting on toll-dams-open-fi…": write it before this story can be built/)
    expect(run.stderr).toMatch(/articles\/gazette\.yaml:\d+:\d+ {2}review: not yet reviewed: confirm each point/)
    expect(readdirSync(out)).toEqual([])
    // The story itself still compiles, so a review session can go on with its placeholders in place.
    const { problems, data, unfinished } = compileStory(copy, fixtureSeeds)
    expect(problems).toEqual([])
    expect(data).toBeDefined()
    expect(unfinished.map((p) => p.field).sort()).toEqual(['positions.veldria.summary', 'review'])
  })

  it('writes the compiled story when the data is sound', () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'))
    const run = cli(['--stories', 'test/fixtures/stories', '--seeds', fixtureSeeds, '--out', out])
    expect(run.status, run.stderr).toBe(0)
    const data = JSON.parse(readFileSync(join(out, 'fictional-water-treaty.json'), 'utf8'))
    expect(data.story.actors.map((a: { id: string }) => a.id)).toEqual(['veldria', 'ostmark', 'compact'])
    expect(data.dataVersion).toMatch(/^[0-9a-f]{16}$/)
  })

  it('--glance lists what page 1 shows for each actor and who chose it, the curator or the rule', () => {
    const copy = copyOf(fixture)
    const glance = () => {
      const run = cli(['--glance', '--stories', join(copy, '..'), '--seeds', fixtureSeeds, '--out', mkdtempSync(join(tmpdir(), 'out-'))])
      expect(run.status, run.stderr).toBe(0)
      return run.stdout.split('\n').find((line) => line.trimStart().startsWith('ostmark') && line.includes('Opposes')) ?? ''
    }
    expect(glance()).toMatch(/ostmark +Opposes, in its own words +curator +kask-no-deadline: “never negotiate under a deadline”$/)
    edit(join(copy, 'topics/dam-deadline.yaml'), '    telling: kask-no-deadline\n', '')
    expect(glance()).toMatch(/ostmark +Opposes, in its own words +rule +kask-theatre: “theatre”$/)
  })

  it('keeps the JSON Schema editors use in step with the schema', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'schema-'))
    execFileSync('npx', ['tsx', 'tools/write-schema.ts', fresh], { encoding: 'utf8' })
    expect(readdirSync(fresh).sort()).toEqual(readdirSync('schema').sort())
    for (const f of readdirSync(fresh)) expect(readFileSync(join('schema', f), 'utf8'), `schema/${f}: run npm run schema`).toBe(readFileSync(join(fresh, f), 'utf8'))
  })
})

describe('check:data refuses', () => {
  const broken = (file: string, from: string | RegExp, to: string) => {
    const copy = copyOf(fixture)
    edit(join(copy, file), from, to)
    return messages(copy, fixtureSeeds).join('\n')
  }

  it('a quote whose parts are out of order', () => {
    expect(broken('topics/dam-deadline.yaml', /- We are ready to sign tomorrow\n(\s+)- But not one more summer of dry fields. The dams open first./, '- But not one more summer of dry fields. The dams open first.\n$1- We are ready to sign tomorrow')).toMatch(
      /dam-deadline\.yaml:\d+ positions\.veldria\.statements\[0\]\.reports\[0\]\.text\[1\]: the parts of this quote are out of order/,
    )
  })

  it('a segment that keeps the outlet’s comma', () => {
    expect(broken('topics/dam-deadline.yaml', '- We are ready to sign tomorrow\n', '- We are ready to sign tomorrow,\n')).toMatch(/ends in punctuation that belongs to the outlet's sentence/)
  })

  it('outlet prose graded as a quote', () => {
    expect(broken('topics/treaty-share.yaml', '        kind: characterisation', '        kind: quote\n        speaker: kask')).toMatch(/not inside quotation marks/)
  })

  it('a stance without a basis, and a basis its statements do not give', () => {
    expect(broken('topics/dam-deadline.yaml', /(veldria:\n\s+stance: conditional\n)\s+basis: own-words\n/, '$1')).toMatch(/positions\.veldria\.basis: stance "conditional" needs a basis: own-words \(a quote of one of its speakers\)/)
    expect(broken('topics/dam-deadline.yaml', /(ostmark:\n)\s+stance: opposes\n\s+basis: own-words\n/, '$1    stance: none\n')).toMatch(
      /positions\.ostmark\.stance: stance "none" but ostmark's speakers are quoted or paraphrased here: choose the stance they support/,
    )
    expect(broken('topics/treaty-share.yaml', 'basis: outlet-reports', 'basis: own-words')).toMatch(
      /positions\.compact\.basis: basis "own-words" but the statements cited give outlet-reports \(outlets’ characterisations only\): use outlet-reports/,
    )
  })

  it('"own words" only where a speaker of the actor is quoted; paraphrased speakers give reported speech', () => {
    const paraphrased = (basis: string) => {
      const copy = copyOf(fixture)
      const file = join(copy, 'topics/treaty-share.yaml')
      edit(file, 'kind: quote\n        speaker: [toll, kask]', 'kind: paraphrase\n        speaker: [toll, kask]')
      edit(file, 'text: remain committed to a fair share of the Lenn.', 'text: Kask and Veldria\'s foreign minister Arna Toll said both governments "remain committed to a fair share of the Lenn."')
      if (basis !== 'own-words') edit(file, /basis: own-words/g, `basis: ${basis}`)
      return messages(copy, fixtureSeeds)
    }
    const claimed = paraphrased('own-words')
    expect(claimed).toHaveLength(2)
    for (const actor of ['veldria', 'ostmark'])
      expect(claimed.join('\n')).toMatch(
        new RegExp(`treaty-share\\.yaml:\\d+ positions\\.${actor}\\.basis: basis "own-words" but the statements cited give reported-speech \\(its speakers paraphrased, never quoted\\): use reported-speech`),
      )
    expect(paraphrased('reported-speech')).toEqual([])
    expect(broken('topics/dam-deadline.yaml', /(veldria:\n\s+stance: conditional\n)\s+basis: own-words/, '$1    basis: reported-speech')).toMatch(
      /positions\.veldria\.basis: basis "reported-speech" but the statements cited give own-words \(a quote of one of its speakers\): use own-words/,
    )
  })

  it('a statement shown at a glance that the position does not cite, on a stance none, or not in the actor’s own words', () => {
    expect(broken('topics/dam-deadline.yaml', 'telling: kask-no-deadline', 'telling: toll-dams-open-first')).toMatch(
      /dam-deadline\.yaml:\d+ positions\.ostmark\.telling: "toll-dams-open-first" is not among the statements this position cites; choose one of: kask-theatre, kask-no-deadline/,
    )
    expect(broken('topics/dam-deadline.yaml', /(compact:\n\s+stance: none\n)/, '$1    telling: kask-theatre\n')).toMatch(
      /positions\.compact\.telling: stance "none" shows no statement at a glance: remove telling/,
    )
    const described = `
      - id: ostmark-dismissed
        kind: characterisation
        date: 2031-05
        reports:
          - article: gazette
            paragraph: p3
            text: dismissed the demand as “theatre”
  compact:`
    const copy = copyOf(fixture)
    edit(join(copy, 'topics/dam-deadline.yaml'), /\n  compact:/, described)
    expect(messages(copy, fixtureSeeds)).toEqual([])
    edit(join(copy, 'topics/dam-deadline.yaml'), 'telling: kask-no-deadline', 'telling: ostmark-dismissed')
    expect(messages(copy, fixtureSeeds).join('\n')).toMatch(
      /positions\.ostmark\.telling: the stance rests on ostmark's own words, but "ostmark-dismissed" is an outlet's characterisation: choose a quote or paraphrase of ostmark's speakers/,
    )
  })

  it('a stance other than none with nothing to support it', () => {
    expect(broken('topics/dam-deadline.yaml', /compact:\n\s+stance: none\n/, 'compact:\n    stance: supports\n    basis: outlet-reports\n')).toMatch(/stance "supports" without any statement to support it/)
  })

  it('a summary that quotes words no cited statement contains', () => {
    expect(broken('topics/dam-deadline.yaml', 'Kask dismissed the demand as “theatre”', 'Kask dismissed the demand as “a circus”')).toMatch(/the summary quotes "a circus", which no statement cited here contains/)
  })

  it('a statement cited for an actor it does not speak for', () => {
    expect(broken('topics/dam-deadline.yaml', /(compact:\n\s+stance: none\n)/, 'compact:\n    stance: opposes\n    basis: own-words\n    statements: [kask-theatre]\n')).toMatch(/statement "kask-theatre" speaks for ostmark, not compact: a wrong attribution/)
  })

  it('a characterisation about several actors: cited on each, only by a characterisation, only of known actors', () => {
    // The fixture's characterisation of the Compact, said to be about the Compact and Ostmark.
    const about = (list: string) => (copy: string) =>
      edit(join(copy, 'topics/treaty-share.yaml'), '        kind: characterisation\n', `        kind: characterisation\n        about: ${list}\n`)
    // Cited on Ostmark's position too, and on the Compact's position of another topic: sound data.
    const sound = copyOf(fixture)
    about('[compact, ostmark]')(sound)
    edit(join(sound, 'topics/treaty-share.yaml'), '      - toll-kask-fair-share', '      - toll-kask-fair-share\n      - compact-silent')
    edit(join(sound, 'topics/dam-deadline.yaml'), /(compact:\n\s+stance: none\n)/, 'compact:\n    stance: ambiguous\n    basis: outlet-reports\n    statements: [compact-silent]\n')
    expect(messages(sound, fixtureSeeds)).toEqual([])
    // Cited for an actor it is not about: a wrong attribution, as for any statement.
    const veldria = copyOf(fixture)
    about('[compact, ostmark]')(veldria)
    edit(join(veldria, 'topics/dam-deadline.yaml'), '    statements:\n      - id: toll-dams-open-first', '    statements:\n      - compact-silent\n      - id: toll-dams-open-first')
    expect(messages(veldria, fixtureSeeds).join('\n')).toMatch(/statement "compact-silent" speaks for compact and ostmark, not veldria: a wrong attribution/)
    expect(broken('topics/treaty-share.yaml', '        kind: characterisation\n', '        kind: characterisation\n        about: [veldria, ostmark]\n')).toMatch(
      /statement "compact-silent" speaks for veldria and ostmark, not compact: a wrong attribution/,
    )
    expect(broken('topics/treaty-share.yaml', '        kind: characterisation\n', '        kind: characterisation\n        about: [compact, atlantis]\n')).toMatch(
      /about\[1\]: unknown actor "atlantis"; the story's actors are: veldria, ostmark, compact/,
    )
    expect(broken('topics/treaty-share.yaml', '        kind: characterisation\n', '        kind: characterisation\n        about: [compact, compact]\n')).toMatch(/about: an actor is listed twice/)
    expect(broken('topics/dam-deadline.yaml', 'speaker: toll', 'speaker: toll\n        about: [veldria, ostmark]')).toMatch(/only a characterisation names the actors it is about/)
  })

  it('the same words from the same paragraph defined as a second statement', () => {
    // compact-silent's first report again, under a new id on Ostmark's position of the same topic.
    const copy = `      - toll-kask-fair-share
      - id: compact-silent-again
        kind: characterisation
        date: 2031-05
        reports:
          - article: gazette
            paragraph: p5
            text: The Harbour Compact, the regional alliance both countries belong to, has stayed silent on the dispute.`
    expect(broken('topics/treaty-share.yaml', '      - toll-kask-fair-share', copy)).toMatch(
      // Reported where the second of the two stands in the file: here the Compact's, after Ostmark's position.
      /treaty-share\.yaml:\d+ positions\.compact\.statements\[0\]\.reports\[0\]: the same words, from the same paragraph, as statement "compact-silent-again": cite "compact-silent-again" by id instead/,
    )
  })

  it('a statement defined twice, and a reference to none', () => {
    expect(broken('topics/treaty-share.yaml', '      - toll-kask-fair-share', '      - id: toll-dams-open-first\n        kind: quote\n        speaker: kask\n        date: 2031-05-06\n        reports: [{ article: coastwire, paragraph: p2, text: remain committed }]')).toMatch(/statement id "toll-dams-open-first" is already defined in .*dam-deadline\.yaml/)
    expect(broken('topics/treaty-share.yaml', '      - toll-kask-fair-share', '      - toll-kask-fare-share')).toMatch(/no statement "toll-kask-fare-share" is defined on any topic/)
  })

  it('a date more precise than allowed or unreal, and an unknown speaker', () => {
    expect(broken('topics/dam-deadline.yaml', 'date: 2031-05-05\n        dateNote', 'date: 2031-02-30\n        dateNote')).toMatch(/"2031-02-30" is not a real date/)
    expect(broken('topics/dam-deadline.yaml', 'date: 2031-05\n', 'date: May 2031\n')).toMatch(/write YYYY-MM-DD, or YYYY-MM \/ YYYY/)
    expect(broken('topics/dam-deadline.yaml', 'speaker: toll', 'speaker: tol')).toMatch(/unknown speaker "tol"; add it to speakers\.yaml or use one of: toll, kask/)
  })

  it('a paragraph whose pin no longer matches: a parsing change fails instead of re-pointing citations', () => {
    // Without the byline rule the byline becomes paragraph p1 and every later id shifts by one.
    const text = broken('articles/gazette.yaml', /  - reason: byline-box\n    lines: \[ ?Harbour Gazette staff ?\]\n/, '')
    expect(text).toMatch(/gazette\.yaml:\d+ paragraphs\.p1: p1 no longer has the text it was pinned to/)
  })

  it('unknown fields, unknown articles and YAML syntax errors, each with its line', () => {
    expect(broken('topics/dam-deadline.yaml', 'title: Reopening', 'titel: Reopening')).toMatch(/dam-deadline\.yaml:2 : Unrecognized key: "titel"/)
    expect(broken('topics/dam-deadline.yaml', 'article: gazette\n            paragraph: p2', 'article: gazete\n            paragraph: p2')).toMatch(/unknown article "gazete"; the story's articles are: gazette, coastwire/)
    expect(broken('topics/dam-deadline.yaml', 'title: Reopening the upper dams', 'title: [Reopening the upper dams')).toMatch(/dam-deadline\.yaml:\d+ : YAML: /)
  })

  it('a title or summary too long for page 1 of a brief, with the limit and why', () => {
    const long = 'Fictional words. '.repeat(60).trim()
    expect(broken('topics/dam-deadline.yaml', 'title: Reopening the upper dams before the treaty', `title: ${long}`)).toMatch(
      new RegExp(`dam-deadline\\.yaml:2 title: at most ${limits.topicTitle} characters, so that page 1 of every brief fits one page`),
    )
    expect(broken('topics/dam-deadline.yaml', /^summary: .*$/m, `summary: ${long}`)).toMatch(
      new RegExp(`dam-deadline\\.yaml:3 summary: at most ${limits.topicSummary} characters`),
    )
  })

  it('a topic that leaves an actor out', () => {
    expect(broken('topics/dam-deadline.yaml', /  compact:\n\s+stance: none\n\s+summary: .*\n/, '')).toMatch(/no position for "compact": every topic has all 3 actors/)
  })
})

describe('closestSentence', () => {
  it('does not end a sentence at an initial such as U.S.', () => {
    const paragraph = '“No,” he told reporters at the U.S. State Department. Then he left for Kyiv.'
    expect(closestSentence(paragraph, 'he told reporters at the US State')).toBe('“No,” he told reporters at the U.S. State Department.')
    expect(closestSentence(paragraph, 'left for Kiev')).toBe('Then he left for Kyiv.')
  })
})

describe('the fixture story', () => {
  it('compiles, with an interrupted quote kept as segments and a joint statement', () => {
    const data = compileStory(fixture, fixtureSeeds).data!
    expect(data.statements['toll-dams-open-first']!.reports[0]!.segments).toEqual(['We are ready to sign tomorrow', 'But not one more summer of dry fields. The dams open first.'])
    expect(data.statements['toll-kask-fair-share']!.actors).toEqual(['veldria', 'ostmark'])
    expect(data.statements['kask-theatre']!.precision).toBe('month')
    expect(isMap(parseDocument(readFileSync(join(fixture, 'story.yaml'), 'utf8')).contents)).toBe(true)
  })
})
