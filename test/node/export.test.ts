import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../support/pdf-tools'

// `npm run export` as a user runs it: a fresh Node process bundles the Worker and writes the site to a folder.
const dir = mkdtempSync(join(tmpdir(), 'export-test-'))
const out = join(dir, 'site')
let log = ''

const file = (path: string) => join(out, path)
const read = (path: string) => readFileSync(file(path), 'utf8')
const json = <T>(path: string) => JSON.parse(read(path)) as T

const walk = (root: string): string[] =>
  readdirSync(root, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(root, e.name)) : [join(root, e.name)]))

beforeAll(async () => {
  const { stdout } = await promisify(execFile)('node', ['scripts/export.mjs', '--out', out, '--origin', 'https://export.example'], { timeout: 120_000 })
  log = stdout
}, 130_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run export', () => {
  it('reports what it wrote', () => {
    expect(log).toMatch(/^Exported \d+ files \(\d+ HTML, \d+ PDF, \d+ JSON, \d+ Markdown; /)
  })

  it('writes every page, brief, JSON and Markdown file of every topic, non-empty', () => {
    const { topics } = json<{ topics: { slug: string }[] }>('api/topics.json')
    expect(topics.length).toBeGreaterThan(0)
    const expected = [
      'index.html',
      'style.css',
      'sources/index.html',
      'sources/voa/index.html',
      'matrix/index.html',
      'matrix.md',
      'api/matrix.json',
      'actors/index.html',
      'api/actors.json',
      'briefs/all.pdf',
      'briefs/all.letter.pdf',
      ...['us', 'ukraine', 'russia', 'china', 'nato'].flatMap((id) => [`actors/${id}/index.html`, `actors/${id}.md`, `api/actors/${id}.json`]),
      ...topics.flatMap(({ slug }) => [`topics/${slug}/index.html`, `topics/${slug}.pdf`, `topics/${slug}.letter.pdf`, `topics/${slug}.md`, `api/topics/${slug}.json`]),
    ]
    for (const path of expected) {
      expect(existsSync(file(path)), path).toBe(true)
      expect(statSync(file(path)).size, path).toBeGreaterThan(0)
    }
  })

  it('writes valid PDFs, A4 and Letter', () => {
    const pdfs = walk(out).filter((p) => p.endsWith('.pdf'))
    expect(pdfs.length).toBeGreaterThan(2)
    for (const pdf of pdfs) {
      const bytes = readFileSync(pdf)
      expect(bytes.subarray(0, 5).toString('latin1'), pdf).toBe('%PDF-')
      expect(bytes.subarray(-8).toString('latin1'), pdf).toContain('%%EOF')
    }
    // The page dictionaries sit in a compressed object stream: qpdf writes them out as plain syntax.
    const plain = (path: string) => run('qpdf', ['--object-streams=disable', file(path), '-'])
    const mediaBox = (path: string) => /\/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(plain(path))?.slice(1)
    expect(mediaBox('topics/peace-plan.pdf')).toEqual(['595.28', '841.89'])
    expect(mediaBox('topics/peace-plan.letter.pdf')).toEqual(['612', '792'])
  })

  it('writes JSON that parses and Markdown whose links use the given origin', () => {
    for (const path of walk(out).filter((p) => p.endsWith('.json'))) expect(() => JSON.parse(readFileSync(path, 'utf8')), path).not.toThrow()
    expect(json<{ slug: string }>('api/topics/peace-plan.json').slug).toBe('peace-plan')
    const md = read('topics/peace-plan.md')
    expect(md).toMatch(/^# /)
    expect(md).toContain('[^1]: ')
    expect(md).toContain('<https://export.example/sources/')
  })

  it('makes every site link in the HTML relative, and every relative link resolves to a written file', () => {
    for (const page of walk(out).filter((p) => p.endsWith('.html'))) {
      const html = readFileSync(page, 'utf8')
      expect(html.startsWith('<!DOCTYPE html>'), page).toBe(true)
      for (const [, href] of html.matchAll(/\shref="([^"#]*)(?:#[^"]*)?"/g)) {
        if (!href || /^[a-z]+:/.test(href)) continue
        // Links to what needs a server (search) stay site-absolute; nothing exported may be linked that way.
        if (href.startsWith('/')) {
          expect(href, `${relative(out, page)} links ${href}`).toMatch(/^\/(search|api\/search)\b/)
          continue
        }
        expect(existsSync(join(dirname(page), href)), `${relative(out, page)} -> ${href}`).toBe(true)
      }
    }
    expect(read('topics/peace-plan/index.html')).toContain('href="../../sources/rferl/index.html#p13"')
    expect(read('index.html')).toContain('href="style.css"')
  })
})
