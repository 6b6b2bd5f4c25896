import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { allPages } from '../support/site'

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url?: string
  message: string
  extract?: string
  lastLine?: number
  lastColumn?: number
}

const baseUrl = inject('baseUrl')
// Every HTML page, and the stylesheet (checked as CSS).
const checked = [...(await allPages(baseUrl)), { name: 'stylesheet', path: '/style.css', status: 200 }]
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')
let dir: string
const messagesByPath = new Map<string, NuMessage[]>()
// A page with a known error, checked with the others: proves the checker really read the files it was given.
const canary = { path: '(canary)', html: '<!DOCTYPE html><html lang="en"><head><title>canary</title></head><body><p><div>block in p</div></p></body></html>' }

/** Runs the Nu checker once over every file (one JVM start, not one per page). */
const runNu = (files: string[]) =>
  new Promise<NuMessage[]>((resolve, reject) => {
    execFile('java', ['-jar', vnuJar, '--format', 'json', '--stdout', '--also-check-css', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      // The checker exits 1 when it finds errors; only output that is not its JSON report is a failure to run.
      try {
        resolve((JSON.parse(stdout) as { messages: NuMessage[] }).messages)
      } catch {
        reject(new Error(`vnu.jar did not report (${error?.message ?? 'no error'}):\n${stdout}\n${stderr}`))
      }
    })
  })

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factsheets-nu-'))
  // Keyed by file name: the checker reports `file:/tmp/…`. Give it plain paths; it silently skips file:// URLs.
  const files = new Map<string, string>()
  await writeFile(join(dir, 'canary.html'), canary.html)
  files.set('canary.html', canary.path)
  for (const [i, page] of checked.entries()) {
    const res = await fetch(new URL(page.path, baseUrl), { headers: { Accept: 'text/html' } })
    expect(res.status, `GET ${page.path}`).toBe(page.status)
    const file = join(dir, `${i}${page.path === '/style.css' ? '.css' : '.html'}`)
    await writeFile(file, Buffer.from(await res.arrayBuffer()))
    files.set(basename(file), page.path)
  }
  for (const message of await runNu([...files.keys()].map((name) => join(dir, name)))) {
    const path = (message.url && files.get(basename(message.url))) ?? '(no file)'
    messagesByPath.set(path, [...(messagesByPath.get(path) ?? []), message])
  }
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

const describeMessage = (m: NuMessage) =>
  `${m.subType ?? m.type} at line ${m.lastLine ?? '?'}:${m.lastColumn ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, ' ')}` : ''}`

const isError = (m: NuMessage) => m.type !== 'info'

it.each(checked)('Nu HTML checker finds no errors in $name ($path)', ({ path }) => {
  const messages = messagesByPath.get(path) ?? []
  // Plain `info` (e.g. the trailing slash hono/jsx writes on void elements) is not even a warning.
  const warnings = messages.filter((m) => m.subType === 'warning')
  if (warnings.length > 0) console.info(`Nu checker warnings for ${path}:\n${warnings.map(describeMessage).join('\n')}`)
  const errors = messages.filter(isError).map(describeMessage)
  expect(errors, `Nu HTML checker: ${errors.length} errors in ${path}:\n${errors.join('\n')}`).toEqual([])
})

it('Nu HTML checker finds the error planted in the canary page', () => {
  expect((messagesByPath.get(canary.path) ?? []).filter(isError).map((m) => m.message)).toEqual([
    'No “p” element in scope but a “p” end tag seen.',
  ])
})

it('Nu HTML checker reports nothing it could not tie to a page', () => {
  expect((messagesByPath.get('(no file)') ?? []).map(describeMessage)).toEqual([])
})
