import { Hono } from 'hono'
import type { ActorId } from '../curation/types'
import type { ActorRecord } from '../factsheet/actor-record'
import type { Catalog } from '../factsheet/catalog'
import { ClientError } from '../http/errors'
import { negotiate } from '../http/negotiate'
import { ActorPage } from '../render/html/ActorPage'
import { ActorsPage } from '../render/html/ActorsPage'
import { actorRecordJson, actorsIndexJson } from '../render/json-actor'
import { actorRecordMarkdown } from '../render/markdown/actor-record'
import { renderActorPdf } from '../render/pdf'
import { sendMarkdown } from './markdown'
import { sendPage } from './page'
import { pdfOptions } from './pdf-options'
import { sendJson } from './json-response'
import { sendPdf } from './pdf-response'
import type { AppEnv, AppContext } from './env'

/** Whether a request without an extension prefers the PDF; any other Accept keeps the HTML page it always had. */
const prefersPdf = (c: AppContext) => negotiate(c.req.header('Accept'), ['text/html', 'application/pdf'] as const) === 'application/pdf'

const notFound = (c: AppContext) => {
  const { actors } = c.var.catalog.story
  return new ClientError(
    404,
    `There is no actor with that id. The valid ids are: ${actors.map((a) => a.id).join(', ')}.`,
    actors.map((a) => ({ label: `${a.name} (${a.id})`, href: `/actors/${a.id}` })),
  )
}

/** The actor for an id, a 301 to the lower-case URL, or a 404 listing the valid ids. */
const resolveActor = (c: AppContext, id: string, url: (actor: ActorId) => string): ActorId | Response => {
  const isActor = (value: string) => c.var.catalog.actorIds.includes(value)
  if (isActor(id)) return id
  const lower = id.toLowerCase()
  if (isActor(lower)) return c.redirect(`${url(lower)}${new URL(c.req.url).search}`, 301)
  throw notFound(c)
}

/** An actor's HTML page: its title and description, and the record. */
export const actorPage = (record: ActorRecord, catalog: Catalog) => ({
  meta: {
    title: `${record.actorName}: positions on every topic — fact sheets`,
    description: `Every statement by ${record.actorName} in ${catalog.story.sourcesPhrase}, by topic, with its source.`,
  },
  body: <ActorPage record={record} />,
})

const allRecords = (c: AppContext) => c.var.catalog.actorIds.map((id) => c.var.catalog.actorRecord(id))

/** `/actors`, `/actors/:id` (HTML, or PDF by Accept), `/actors/:id.md`, `/actors/:id.pdf`, and the JSON under `/api/actors`. */
export const actorRoutes = new Hono<AppEnv>()
  .get('/actors', (c) =>
    sendPage(
      c,
      { title: 'Actors — fact sheets', description: `${c.var.catalog.story.actors.map((a) => a.name).join(', ')}: each one’s statements across every topic.` },
      <ActorsPage records={allRecords(c)} />,
    ),
  )
  .get('/actors/:name', (c) => {
    const name = c.req.param('name')
    const [, id = name, extension] = /^(.*?)(?:\.(md|pdf))?$/.exec(name) ?? []
    const actor = resolveActor(c, id, (a) => `/actors/${a}${extension ? `.${extension}` : ''}`)
    if (actor instanceof Response) return actor
    const record = c.var.catalog.actorRecord(actor)
    if (extension === 'md')
      return sendMarkdown(c, { name: `actor-${actor}`, render: (origin) => actorRecordMarkdown(record, { origin, dataVersion: c.var.catalog.dataVersion }) })
    if (extension === 'pdf' || (!extension && prefersPdf(c))) {
      const options = pdfOptions(c)
      return sendPdf(c, { name: `actor-${actor}`, options, render: () => renderActorPdf(record, options) })
    }
    const { meta, body } = actorPage(record, c.var.catalog)
    return sendPage(c, meta, body)
  })
  .get('/api/actors', (c) => sendJson(c, actorsIndexJson(allRecords(c), c.var.catalog.dataVersion), 'actors'))
  .get('/api/actors/:id', (c) => {
    const actor = resolveActor(c, c.req.param('id'), (a) => `/api/actors/${a}`)
    if (actor instanceof Response) return actor
    return sendJson(c, actorRecordJson(c.var.catalog.actorRecord(actor), c.var.catalog.dataVersion), `actor-${actor}`)
  })
