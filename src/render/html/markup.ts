// The html`` template the HTML pages are written in: hono/html's contract (strings and numbers in the holes are
// escaped, arrays are written in order, null/undefined/booleans print nothing, an HtmlEscapedString goes in as it is,
// and the result is one JSX embeds) without what these pages never use, async values and render callbacks, and
// walking nested arrays instead of copying each hole with `flat(Infinity)`. Every page came out byte-identical when it
// replaced hono's, and the fact sheet renderer took 0.82–0.87 of the CPU (`node bench/ab.mjs 38fe365 --html`).
import { raw } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

export type HtmlValue = string | number | boolean | null | undefined | HtmlEscapedString | readonly HtmlValue[]

const escapeRe = /[&<>'"]/

/** Text as HTML character data or a quoted attribute value; a regex finds the first character to escape, as in hono. */
export const escapeHtml = (text: string): string => {
  let at = text.search(escapeRe)
  if (at === -1) return text
  let out = ''
  let from = 0
  for (; at < text.length; at++) {
    let entity: string
    switch (text.charCodeAt(at)) {
      case 34:
        entity = '&quot;'
        break
      case 38:
        entity = '&amp;'
        break
      case 39:
        entity = '&#39;'
        break
      case 60:
        entity = '&lt;'
        break
      case 62:
        entity = '&gt;'
        break
      default:
        continue
    }
    out += text.substring(from, at) + entity
    from = at + 1
  }
  return out + text.substring(from)
}

const append = (out: string, value: HtmlValue): string => {
  if (typeof value === 'string') return out + escapeHtml(value)
  if (typeof value === 'number') return out + String(value)
  if (value === null || value === undefined || typeof value === 'boolean') return out
  if (Array.isArray(value)) {
    for (const v of value as readonly HtmlValue[]) out = append(out, v)
    return out
  }
  return out + String(value)
}

export const html = (strings: TemplateStringsArray, ...values: HtmlValue[]): HtmlEscapedString => {
  let out = strings[0] ?? ''
  for (let i = 0; i < values.length; i++) out = append(out, values[i]) + (strings[i + 1] ?? '')
  return raw(out)
}
