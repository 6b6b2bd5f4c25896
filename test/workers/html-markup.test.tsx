import fc from 'fast-check'
import { html as honoHtml, raw } from 'hono/html'
import { describe, expect, it } from 'vitest'
import { escapeHtml, html, type HtmlValue } from '../../src/render/html/markup'

const text = fc.string({ unit: fc.constantFrom('a', ' ', '&', '<', '>', '"', "'", '¶', '“', 'é', '\n') })
const value: fc.Arbitrary<HtmlValue> = fc.letrec<{ value: HtmlValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.constantFrom(null, undefined, true, false),
    text.map((t) => raw(t)),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
})).value

/** Calls a tag as a template literal with `holes` would. */
const tagged = <T,>(tag: (s: TemplateStringsArray, ...v: HtmlValue[]) => T, parts: string[], holes: HtmlValue[]) =>
  tag(Object.assign([...parts], { raw: parts }) as unknown as TemplateStringsArray, ...holes)

describe('html``, the pages’ template', () => {
  it('escapes the five characters HTML gives meaning, in text and attribute values alike', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;')
    expect(escapeHtml('plain “quoted” ¶12')).toBe('plain “quoted” ¶12')
    expect(String(html`<p title="${'"x"'}">${['a<', ['b&', [raw('<i>c</i>')]], null, false, 3]}</p>`)).toBe(
      '<p title="&quot;x&quot;">a&lt;b&amp;<i>c</i>3</p>',
    )
  })

  it('writes exactly what hono/html writes for any mix of text, numbers, escaped markup, nothing and nested arrays', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.array(value, { maxLength: 5 }), (parts, holes) => {
        const strings = [...parts, ...Array<string>(Math.max(0, holes.length + 1 - parts.length)).fill('')].slice(0, holes.length + 1)
        expect(String(tagged(html, strings, holes))).toBe(String(tagged(honoHtml, strings, holes)))
      }),
      { numRuns: 500 },
    )
  })

  it('returns markup that JSX and another template insert without escaping it again', () => {
    const inner = html`<b>${'&'}</b>`
    expect(String(html`<p>${inner}</p>`)).toBe('<p><b>&amp;</b></p>')
    expect(String(<p>{inner}</p>)).toBe('<p><b>&amp;</b></p>')
  })
})
