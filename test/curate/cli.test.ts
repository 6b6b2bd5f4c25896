import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// Few spawns: each costs seconds. The commands' logic is tested by calling its functions.
const root = resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'curate-'))
const story = ['--story', 'fictional-water-treaty', '--stories', join(root, 'test/fixtures/stories'), '--seeds', join(root, 'test/fixtures/seeds')]
const run = (...args: string[]) => spawnSync('npx', ['tsx', join(root, 'tools/curate/cli.ts'), ...args], { cwd: root, encoding: 'utf8' })

describe('curate CLI', { timeout: 120_000 }, () => {
  it('propose --json prints only JSON, with the story’s pinned paragraph ids', () => {
    const r = run('propose', 'wire', '--json', ...story) // "wire" is coastwire's earlier id
    expect(r.status).toBe(0)
    const parsed = JSON.parse(r.stdout) as { article: string; paragraphs: number; proposals: { paragraph: string }[] }
    expect(Object.keys(parsed)).toEqual(['article', 'paragraphs', 'proposals'])
    expect(parsed).toMatchObject({ article: 'coastwire', paragraphs: 4 })
    expect(parsed.proposals[0]?.paragraph).toBe('p1')
  })
  it('exits non-zero with a clear message on bad input', () => {
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '  \n')
    const latin1 = join(dir, 'latin1.txt')
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
    for (const [args, message] of [
      [['propose', join(dir, 'missing.txt')], /No such file/],
      [['propose', 'no-such-article', ...story], /Unknown article "no-such-article".*gazette, coastwire/],
      [['add', empty, ...story], /empty/],
      [['propose', latin1], /not UTF-8/],
      [['review', 'voa', '--story', 'no-such-story'], /Unknown story "no-such-story"/],
    ] as const) {
      const r = run(...args)
      expect(r.status, args.join(' ')).not.toBe(0)
      expect(r.stderr).toMatch(message)
      expect(r.stdout).toBe('')
    }
  })
})
