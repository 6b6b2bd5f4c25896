#!/usr/bin/env node
// End-to-end check of a running deployment: `npm run smoke -- <base-url>`.
// Used in CI against `wrangler dev`, and after each deploy against staging or production.
const base = (process.argv[2] ?? process.env.SMOKE_BASE_URL ?? '').replace(/\/+$/, '')
if (!/^https?:\/\//.test(base)) {
  console.error('usage: npm run smoke -- <base-url>   e.g. http://127.0.0.1:8787')
  process.exit(2)
}

let passed = 0
let failed = 0
const check = (ok, what) => {
  if (ok) passed++
  else failed++
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`)
}
const get = (path, headers = {}) => fetch(`${base}${path}`, { headers, redirect: 'manual', signal: AbortSignal.timeout(30_000) })

const health = await get('/healthz')
const healthBody = await health.json()
check(health.status === 200 && healthBody.status === 'ok' && /^[0-9a-f]{16}$/.test(healthBody.dataVersion), `/healthz reports data version ${healthBody.dataVersion}`)
check(health.headers.get('cache-control') === 'no-store', '/healthz is never cached')

const index = await get('/')
check(index.status === 200 && (await index.text()).includes('/topics/'), 'index lists topics')
const csp = index.headers.get('content-security-policy') ?? ''
check(csp.includes("default-src 'none'") && !csp.includes('unsafe-inline'), 'strict Content-Security-Policy')
for (const h of ['x-content-type-options', 'strict-transport-security', 'referrer-policy', 'permissions-policy', 'x-frame-options'])
  check(index.headers.has(h), `header ${h}`)

const { topics } = await (await get('/api/topics')).json()
check(Array.isArray(topics) && topics.length >= 8, `API lists ${topics.length} topics`)

for (const { slug, title } of topics) {
  const html = await get(`/topics/${slug}`)
  check(html.status === 200 && (await html.text()).includes(title.replace(/&/g, '&amp;')), `${slug}: HTML`)
  const json = await get(`/api/topics/${slug}`)
  const sheet = await json.json()
  check(json.status === 200 && sheet.positions?.length === 5, `${slug}: JSON with five positions`)
  for (const paper of ['a4', 'letter']) {
    const pdf = await get(`/topics/${slug}.pdf?paper=${paper}`)
    const bytes = new Uint8Array(await pdf.arrayBuffer())
    const text = new TextDecoder('latin1').decode(bytes)
    check(pdf.status === 200 && text.startsWith('%PDF-') && text.trimEnd().endsWith('%%EOF'), `${slug}: PDF (${paper}, ${bytes.length} bytes)`)
  }
  const negotiated = await get(`/topics/${slug}`, { Accept: 'application/json' })
  check(negotiated.headers.get('content-type')?.startsWith('application/json'), `${slug}: Accept negotiation`)
}

const all = await get('/briefs/all.pdf')
check(all.status === 200 && all.headers.get('content-type') === 'application/pdf', 'collection PDF')
await all.arrayBuffer()

const source = await get('/sources/voa')
check(source.status === 200 && (await source.text()).includes('id="p1"'), 'source page with paragraph anchors')

const missing = await get('/topics/no-such-topic')
check(missing.status === 404, 'unknown topic is a 404')
await missing.text()

const first = await get(`/topics/${topics[0].slug}.pdf`)
await first.arrayBuffer()
const etag = first.headers.get('etag')
const revalidated = await get(`/topics/${topics[0].slug}.pdf`, { 'If-None-Match': etag ?? '' })
check(Boolean(etag) && revalidated.status === 304, 'If-None-Match answers 304')

console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
