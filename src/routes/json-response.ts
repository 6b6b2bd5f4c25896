import type { Context } from 'hono'
import { catalog } from '../factsheet/catalog'
import { sendRepresentation } from '../http/representation'

/** Sends a JSON body whose strong ETag is the data version and `name`, which must say what else shaped the body. */
export const sendJson = (c: Context, value: unknown, name: string, stringify: (value: unknown) => string = JSON.stringify): Response =>
  sendRepresentation(c, {
    body: stringify(value),
    contentType: 'application/json; charset=utf-8',
    etag: `${catalog.dataVersion}-json-${name}`,
  })
