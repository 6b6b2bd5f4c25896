import { Hono, type Context } from 'hono'
import { actorNames } from '../curation/actors'
import { actorIds, type ActorId, isActorId } from '../curation/types'
import { buildActorRecord } from '../factsheet/actor-record'
import { catalog } from '../factsheet/catalog'
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


/** Whether a request without an extension prefers the PDF; any other Accept keeps the HTML page it always had. */
const prefersPdf = (c: Context) => negotiate(c.req.header('Accept'), ['text/html', 'application/pdf'] as const) === 'application/pdf'

const notFound = () =>
  new ClientError(
    404,
    `There is no actor with that id. The valid ids are: ${actorIds.join(', ')}.`,
    actorIds.map((id) => ({ label: `${actorNames[id]} (${id})`, href: `/actors/${id}` })),
  )

/** The actor for an id, a 301 to the lower-case URL, or a 404 listing the five ids. */
const resolveActor = (c: Context, id: string, url: (actor: ActorId) => string): ActorId | Response => {
  if (isActorId(id)) return id
  const lower = id.toLowerCase()
  if (isActorId(lower)) return c.redirect(`${url(lower)}${new URL(c.req.url).search}`, 301)
  throw notFound()
}


/** `/actors`, `/actors/:id` (HTML, or PDF by Accept), `/actors/:id.md`, `/actors/:id.pdf`, and the JSON under `/api/actors`. */
export const actorRoutes = new Hono()
  .get('/actors', (c) =>
    sendPage(
      c,
      { title: 'Actors — fact sheets', description: 'The US, Ukraine, Russia, China and NATO: each one’s statements across every topic.' },
      <ActorsPage records={actorIds.map((id) => buildActorRecord(id, catalog.sheets))} />,
    ),
  )
  .get('/actors/:name', (c) => {
    const name = c.req.param('name')
    const [, id = name, extension] = /^(.*?)(?:\.(md|pdf))?$/.exec(name) ?? []
    const actor = resolveActor(c, id, (a) => `/actors/${a}${extension ? `.${extension}` : ''}`)
    if (actor instanceof Response) return actor
    const record = buildActorRecord(actor, catalog.sheets)
    if (extension === 'md')
      return sendMarkdown(c, { name: `actor-${actor}`, render: (origin) => actorRecordMarkdown(record, { origin, dataVersion: catalog.dataVersion }) })
    if (extension === 'pdf' || (!extension && prefersPdf(c))) {
      const options = pdfOptions(c)
      return sendPdf(c, { name: `actor-${actor}`, options, render: () => renderActorPdf(record, options) })
    }
    return sendPage(
      c,
      { title: `${record.actorName}: positions on every topic — fact sheets`, description: `Every statement by ${record.actorName} in the five reports, by topic, with its source.` },
      <ActorPage record={record} />,
    )
  })
  .get('/api/actors', (c) => sendJson(c, actorsIndexJson(actorIds.map((id) => buildActorRecord(id, catalog.sheets)), catalog.dataVersion), 'actors'))
  .get('/api/actors/:id', (c) => {
    const actor = resolveActor(c, c.req.param('id'), (a) => `/api/actors/${a}`)
    if (actor instanceof Response) return actor
    return sendJson(c, actorRecordJson(buildActorRecord(actor, catalog.sheets), catalog.dataVersion), `actor-${actor}`)
  })
