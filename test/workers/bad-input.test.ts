import { exports } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const send = (path: string, init?: RequestInit) => exports.default.fetch(`http://localhost${path}`, { redirect: 'manual', ...init })

const script = '<script>alert(1)</script>'
const long = 'a'.repeat(8 * 1024)

/** [what, path, request init, the documented status] */
const cases: [string, string, RequestInit | undefined, number][] = [
  ['traversal out of topics', '/topics/../../wrangler.toml', undefined, 404],
  ['encoded traversal', '/topics/%2e%2e%2f%2e%2e%2fwrangler.toml', undefined, 404],
  ['double-encoded traversal', '/topics/%252e%252e%252fwrangler.toml', undefined, 404],
  ['traversal to seeds', '/sources/..%2f..%2fseeds%2f000_b03f81a0b77b8ec1.txt', undefined, 404],
  ['backslash traversal', '/topics/..%5c..%5cwrangler.toml', undefined, 404],
  ['NUL byte in slug', '/topics/peace-plan%00', undefined, 404],
  ['NUL byte in source id', '/sources/voa%00.txt', undefined, 404],
  ['control bytes in path', '/topics/%01%02%1b[31m', undefined, 404],
  ['CRLF in path', '/topics/peace%0d%0aSet-Cookie:%20x=1', undefined, 404],
  ['overlong path', `/topics/${long}`, undefined, 414],
  ['overlong query', `/topics/peace-plan?q=${long}`, undefined, 414],
  ['invalid percent-encoding', '/topics/%E0%A4%A', undefined, 404],
  ['lone percent sign', '/topics/100%', undefined, 404],
  ['invalid UTF-8 bytes', '/topics/%C3%28', undefined, 404],
  ['mixed-case slug', '/topics/PEACE-PLAN', undefined, 301],
  ['mixed-case PDF slug', '/topics/Peace-Plan.pdf', undefined, 301],
  ['trailing slash', '/topics/peace-plan/', undefined, 301],
  ['many trailing slashes', '/sources///', undefined, 301],
  ['NUL byte before a trailing slash', '/%00/', undefined, 301],
  ['CRLF before a trailing slash', '/x%0d%0aSet-Cookie:%20a=b/', undefined, 301],
  ['protocol-relative redirect attempt', '//evil.example/', undefined, 404],
  ['HTML in slug', `/topics/${encodeURIComponent(script)}`, undefined, 404],
  ['HTML in source id', `/sources/${encodeURIComponent(script)}`, undefined, 404],
  ['HTML in API slug', `/api/topics/${encodeURIComponent(script)}`, undefined, 404],
  ['HTML in paper', `/topics/peace-plan.pdf?paper=${encodeURIComponent(script)}`, undefined, 400],
  ['HTML in paper of the collection', `/briefs/all.pdf?paper=${encodeURIComponent(script)}`, undefined, 400],
  ['empty paper', '/topics/peace-plan.pdf?paper=', undefined, 400],
  ['unknown parameter ignored', `/topics/peace-plan?${encodeURIComponent(script)}=1`, undefined, 200],
  ['header injection in filename via slug', '/topics/peace-plan%22%0d%0aX-Evil:%201.pdf', undefined, 404],
  ['quote in PDF slug', '/topics/peace%22plan.pdf', undefined, 404],
  ['unknown extension', '/topics/peace-plan.exe', undefined, 404],
  ['double extension', '/topics/peace-plan.pdf.pdf', undefined, 404],
  ['empty slug', '/topics/', undefined, 301],
  ['huge Accept of unacceptable types', '/topics/peace-plan', { headers: { Accept: 'image/png, '.repeat(1000) } }, 406],
  ['huge malformed Accept', '/topics/peace-plan', { headers: { Accept: `${'text/x-'.repeat(2000)}html` } }, 200],
  ['malformed Accept', '/topics/peace-plan', { headers: { Accept: ';;;,,,q=abc' } }, 200],
  ['Accept with HTML', '/topics/peace-plan', { headers: { Accept: script } }, 200],
  ['unacceptable Accept', '/topics/peace-plan', { headers: { Accept: 'application/xml' } }, 406],
  ['q out of range', '/topics/peace-plan', { headers: { Accept: 'application/json;q=7' } }, 406],
  ['malformed If-None-Match', '/topics/peace-plan', { headers: { 'If-None-Match': '"unterminated' } }, 200],
  ['huge If-None-Match', '/topics/peace-plan', { headers: { 'If-None-Match': `"${'x'.repeat(8000)}"` } }, 200],
  ['If-None-Match star', '/api/topics', { headers: { 'If-None-Match': '*' } }, 304],
  ['POST', '/topics/peace-plan', { method: 'POST', body: script }, 405],
  ['PUT', '/api/topics', { method: 'PUT', body: '{}' }, 405],
  ['DELETE', '/sources/voa', { method: 'DELETE' }, 405],
  ['PATCH', '/', { method: 'PATCH', body: 'x' }, 405],
  ['unknown method', '/', { method: 'PROPFIND' }, 405],
  ['cache-purge method', '/topics/peace-plan', { method: 'PURGE' }, 405],
  ['unknown API path', '/api/topics/peace-plan/extra', undefined, 404],
  ['dotfile probe', '/.env', undefined, 404],
  ['wrangler.toml probe', '/wrangler.toml', undefined, 404],
  ['admin probe with script in query', `/wp-admin?x=${encodeURIComponent(script)}`, undefined, 404],
]

describe('hostile and malformed requests', () => {
  it('has at least forty cases', () => expect(cases.length).toBeGreaterThanOrEqual(40))

  it.each(cases)('%s', async (_what, path, init, status) => {
    const res = await send(path, init)
    expect(res.status).toBe(status)
    const body = await res.text()
    expect(body).not.toContain('<script>')
    expect(body).not.toMatch(/at \S+ \(.*:\d+:\d+\)/) // no stack trace
    expect([...res.headers.keys()]).not.toContain('x-evil')
    const disposition = res.headers.get('Content-Disposition')
    if (disposition) expect(disposition).toMatch(/^attachment; filename="[a-z0-9-]+\.pdf"$/)
  })

  it('answers JSON errors under /api with the right status', async () => {
    const res = await send(`/api/topics/${encodeURIComponent(script)}`)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(JSON.stringify(await res.json())).not.toContain('<script')
  })
})

describe('random requests (property)', () => {
  const segment = fc.oneof(
    fc.constantFrom('topics', 'api', 'sources', 'briefs', 'peace-plan', 'peace-plan.pdf', 'all.pdf', 'voa', '..', '%2e%2e', '%00', '<b>', '"', "'", '%', ''),
    fc.string({ maxLength: 12 }).map(encodeURIComponent),
  )
  const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => `/${parts.join('/')}`)
  const query = fc.dictionary(fc.constantFrom('paper', 'actors', 'q', 'x', '<i>'), fc.string({ maxLength: 20 }), { maxKeys: 3 })
  const accept = fc.option(fc.constantFrom('*/*', 'text/html', 'application/json', 'application/pdf', 'image/*', '<svg>', ';q=', 'text/html;q=0'), { nil: undefined })

  it('never answers 5xx, never echoes a raw "<" from input, always a well-formed response', async () => {
    await fc.assert(
      fc.asyncProperty(path, query, accept, fc.constantFrom('GET', 'HEAD', 'POST', 'OPTIONS'), async (p, q, a, method) => {
        const search = new URLSearchParams(q).toString()
        const res = await send(`${p}${search ? `?${search}` : ''}`, { method, headers: a ? { Accept: a } : {} })
        expect(res.status).toBeGreaterThanOrEqual(200)
        expect(res.status).toBeLessThan(500)
        const body = await res.text()
        if (method === 'HEAD' || res.status === 204 || res.status === 304) expect(body).toBe('')
        expect(body).not.toMatch(/<(svg|i|b)>/)
        if (res.status >= 400) expect(res.headers.get('Content-Type')).toMatch(/^(text\/html|application\/json)/)
      }),
      { numRuns: 300 },
    )
  })
})
