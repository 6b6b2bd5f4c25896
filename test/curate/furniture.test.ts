import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { auditFurniture, genericReasonOf } from '../../tools/curate/furniture'
import { analysePage } from '../../tools/curate/page'
import { fictionalArticles, root } from './story-copy'

describe('generic furniture', () => {
  it('drops the fictional pages’ furniture and keeps the paragraph counts of their answer keys', () => {
    const counts: Record<string, number> = {}
    for (const f of readdirSync(fictionalArticles)) {
      const { parsed, suspected } = analysePage(readFileSync(join(fictionalArticles, f), 'utf8'), f)
      counts[f.replace('.txt', '')] = parsed.paragraphs.length
      expect(parsed.paragraphs[0]?.text).toMatch(/^\p{Lu}{3,}[\p{Lu} ]*, /u) // the dateline opens the news text
      for (const p of parsed.paragraphs) expect(p.text).not.toMatch(/^(Photo:|Related:|Advertisement$|Share this|Sign up|©|By )/)
      expect(suspected.map((s) => s.line)).toContain('FICTIONAL TEST ARTICLE — not real news')
    }
    expect(counts).toEqual({
      'ambry-monitors-guillemets': 11, 'brennmark-exercises-single-quotes': 11, 'brennmark-interview': 13, 'lenn-analysis-fragments': 11,
      'lenn-brief-quote-of-the-day': 11, 'sarrow-wire': 14, 'veldria-budget-ascii-quotes': 12, 'veldria-transcript': 11,
    })
  })
  it('names each kind of line', () => {
    expect(genericReasonOf('Share this article')).toBe('site-chrome')
    expect(genericReasonOf('Updated October 14, 2024 17:05 GMT')).toBe('byline-box')
    expect(genericReasonOf('Wed 16 Oct 2024 09.30 BST')).toBe('byline-box')
    expect(genericReasonOf('16x9 Image')).toBe('photo-caption')
    expect(genericReasonOf('Related: Brennmark recalls envoy from Tarsk as border talks stall')).toBe('see-also')
    expect(genericReasonOf('The talks … read more')).toBe('page-navigation')
    expect(genericReasonOf('By the end of the talks, Xi had left.')).toBeUndefined()
    expect(genericReasonOf('TARSK, Veldria, October 8, 2024 — The minister spoke.')).toBeUndefined()
  })
  it('leaves the seeds’ curator confirmations to their metadata: 2 voa, 1 rferl, 0 bloomberg, 1 cnn, 1 examiner', () => {
    const dir = join(root, 'stories/xi-putin-moscow-2023/articles')
    const confirmed = Object.fromEntries(
      ['voa', 'rferl', 'bloomberg', 'cnn', 'examiner'].map((id) => {
        const meta = parse(readFileSync(join(dir, `${id}.yaml`), 'utf8')) as { furniture?: { reason: 'byline-box'; lines: string[] }[] }
        const audit = auditFurniture(meta.furniture ?? [])
        expect(audit.generic).toEqual([]) // no entry the generic rules already drop
        return [id, audit.confirmed.length]
      }),
    )
    expect(confirmed).toEqual({ voa: 2, rferl: 1, bloomberg: 0, cnn: 1, examiner: 1 })
  })
})

describe('page text that cannot be read', () => {
  it('refuses binary, empty and non-UTF-8 files', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { readPageFile } = await import('../../tools/curate/load-article')
    const dir = mkdtempSync(join(tmpdir(), 'curate-bad-'))
    const cases = [[Buffer.from([0x00, 0x01, 0x41]), /binary/], [Buffer.from('  \n'), /empty/], [Buffer.from([0x63, 0xe9, 0x0a]), /not UTF-8/]] as const
    for (const [i, [bytes, message]] of cases.entries()) {
      writeFileSync(join(dir, `${i}.txt`), bytes)
      expect(() => readPageFile(join(dir, `${i}.txt`))).toThrow(message)
    }
    expect(() => readPageFile(join(dir, 'missing.txt'))).toThrow(/No such file/)
  })
})
