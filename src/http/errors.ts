import { HTTPException } from 'hono/http-exception'

/** A client error that renders as a helpful page or JSON body; its message never echoes raw input. */
export class ClientError extends HTTPException {
  constructor(
    status: 400 | 404 | 405 | 406 | 414,
    message: string,
    /** Values the client could have used instead, e.g. the valid slugs. */
    readonly suggestions: { label: string; href?: string }[] = [],
  ) {
    super(status, { message })
  }
}
