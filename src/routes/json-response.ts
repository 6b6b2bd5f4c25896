import { sendRepresentation } from '../http/representation'
import type { AppContext } from './env'

/** Sends a JSON body whose strong ETag is the data version and `name`, which must say what else shaped the body. */
export const sendJson = (c: AppContext, value: unknown, name: string, stringify: (value: unknown) => string = JSON.stringify): Response =>
  sendRepresentation(c, {
    body: stringify(value),
    contentType: 'application/json; charset=utf-8',
    etag: `${c.var.catalog.dataVersion}-json-${name}`,
  })
