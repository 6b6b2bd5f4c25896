/** A page of the running app the browser tests visit, and the status it must answer with. */
export interface SitePage {
  name: string
  path: string
  status: number
}

interface TopicList {
  topics: { slug: string; title: string }[]
}

interface SheetJson {
  slug: string
  title: string
  references: { article: string }[]
  sources: { article: string; qualityNote?: string }[]
}

/** GETs a path of the running app and parses JSON, failing loudly on any other status. */
export const getJson = async <T>(baseUrl: string, path: string): Promise<T> => {
  const res = await fetch(new URL(path, baseUrl))
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`)
  return (await res.json()) as T
}

export const topicSlugs = async (baseUrl: string): Promise<string[]> =>
  (await getJson<TopicList>(baseUrl, '/api/topics')).topics.map((t) => t.slug)

/** Source ids as linked from /sources, in page order. */
export const sourceIds = async (baseUrl: string): Promise<string[]> => {
  const html = await (await fetch(new URL('/sources', baseUrl))).text()
  return [...new Set([...html.matchAll(/href="\/sources\/([a-z0-9-]+)"/g)].map((m) => m[1] ?? ''))]
}

/** The cross-topic views: stance matrix, timeline, search and the per-actor pages. */
const overviewPages: SitePage[] = [
  { name: 'matrix', path: '/matrix', status: 200 },
  { name: 'timeline', path: '/timeline', status: 200 },
  { name: 'search results', path: '/search?q=ceasefire', status: 200 },
  { name: 'actors', path: '/actors', status: 200 },
  { name: 'actor', path: '/actors/china', status: 200 },
]

/**
 * One page of each type. The fact sheet is the topic citing the most paragraphs and the source the one
 * carrying a quality note, so the checks see the richest markup (figures, notes, other wordings).
 */
export const pageTypes = async (baseUrl: string): Promise<SitePage[]> => {
  const sheets = await Promise.all((await topicSlugs(baseUrl)).map((slug) => getJson<SheetJson>(baseUrl, `/api/topics/${slug}`)))
  const richest = [...sheets].sort((a, b) => b.references.length - a.references.length)[0]
  if (!richest) throw new Error('/api/topics lists no topics')
  const noted = sheets.flatMap((s) => s.sources).find((s) => s.qualityNote)
  const source = noted?.article ?? richest.sources[0]?.article
  if (!source) throw new Error(`/api/topics/${richest.slug} cites no source`)
  return [
    { name: 'index', path: '/', status: 200 },
    { name: 'fact sheet', path: `/topics/${richest.slug}`, status: 200 },
    { name: 'source', path: `/sources/${source}`, status: 200 },
    { name: 'sources', path: '/sources', status: 200 },
    ...overviewPages,
    { name: '404 error', path: '/no-such-page', status: 404 },
  ]
}

/** Every HTML page the app serves: all topics, all sources, and its error pages. */
export const allPages = async (baseUrl: string): Promise<SitePage[]> => {
  const slugs = await topicSlugs(baseUrl)
  return [
    { name: 'index', path: '/', status: 200 },
    { name: 'sources', path: '/sources', status: 200 },
    ...overviewPages,
    { name: 'search form', path: '/search', status: 200 },
    ...slugs.map((slug) => ({ name: `fact sheet ${slug}`, path: `/topics/${slug}`, status: 200 })),
    ...(await sourceIds(baseUrl)).map((id) => ({ name: `source ${id}`, path: `/sources/${id}`, status: 200 })),
    { name: '404 error', path: '/no-such-page', status: 404 },
    { name: '404 unknown topic', path: '/topics/no-such-topic', status: 404 },
    { name: '400 bad parameter', path: `/topics/${slugs[0] ?? 'peace-plan'}.pdf?paper=a5`, status: 400 },
  ]
}
