// A straightforward flow layout, as a user of a low-level PDF library writes it: greedy word wrap with the
// library's own text measurement, a new page when the next line does not fit, headings kept with what follows,
// a three-column stance table with rules, and "title · page i of n" footers. One backend per library draws it.

const grey = [0.35, 0.35, 0.35]
const black = [0.1, 0.1, 0.1]
const red = [0.6, 0.1, 0.1]

/** Sizes in points; `before` is the space above the block. */
export const flowStyles = {
  kicker: { size: 8, leading: 11, face: 'bold', color: grey, before: 0 },
  title: { size: 20, leading: 24, face: 'bold', color: black, before: 4 },
  lead: { size: 11.5, leading: 15.5, face: 'regular', color: black, before: 8 },
  meta: { size: 8.5, leading: 11.5, face: 'regular', color: grey, before: 8 },
  h2: { size: 14, leading: 18, face: 'bold', color: black, before: 18, keepWithNext: true },
  h3: { size: 10, leading: 13, face: 'bold', color: black, before: 14, keepWithNext: true },
  label: { size: 8, leading: 11, face: 'bold', color: grey, before: 4 },
  body: { size: 9.5, leading: 13, face: 'regular', color: black, before: 4 },
  quote: { size: 9.5, leading: 13, face: 'regular', color: black, before: 6 },
  small: { size: 8, leading: 10.5, face: 'regular', color: grey, before: 2 },
  warning: { size: 8, leading: 10.5, face: 'regular', color: red, before: 2 },
}

export const a4 = { width: 595.28, height: 841.89 }
const margin = { top: 56, bottom: 64, side: 56 }

const faceOf = (style, r) => (r.bold ? 'bold' : style.face)

/** Splits runs into words (each with its face) and wraps them greedily; a word wider than the line is cut. */
const wrap = (runs, style, width, measure) => {
  const lines = []
  let line = []
  let lineWidth = 0
  const push = (text, face) => {
    const w = measure(text, face, style.size)
    let space = line.length > 0 ? measure(' ', face, style.size) : 0
    if (line.length > 0 && lineWidth + space + w > width) {
      lines.push(line)
      line = []
      lineWidth = 0
      space = 0
    }
    if (w > width) {
      // A URL or other long word: cut it at the last character that fits.
      let cut = text.length
      while (cut > 1 && measure(text.slice(0, cut), face, style.size) > width) cut--
      lines.push([{ text: text.slice(0, cut), face }])
      return push(text.slice(cut), face)
    }
    const last = line.at(-1)
    if (last && last.face === face) last.text += ` ${text}`
    else line.push({ text: line.length > 0 ? ` ${text}` : text, face })
    lineWidth += space + w
    return undefined
  }
  for (const r of runs) for (const word of r.text.split(/\s+/).filter(Boolean)) push(word, faceOf(style, r))
  if (line.length > 0) lines.push(line)
  return lines
}

/**
 * Lays out `blocks` (bench/peers/content.mjs) on A4 pages through `backend`:
 * { measure(text, face, size), addPage(), text(text, x, yFromTop, face, size, color), rule(x1, x2, yFromTop), pageCount() }.
 */
export const layoutFlow = (blocks, title, backend) => {
  const width = a4.width - 2 * margin.side
  const bottom = a4.height - margin.bottom
  let y = margin.top
  backend.addPage()
  const ensure = (height) => {
    if (y + height > bottom) {
      backend.addPage()
      y = margin.top
    }
  }
  blocks.forEach((b, i) => {
    if (b.kind === 'table') {
      const cols = [0, 0.3, 0.78].map((f) => margin.side + width * f)
      const row = (cells, face) => {
        ensure(16)
        y += 12
        cells.forEach((c, k) => backend.text(c, cols[k], y, face, 9.5, black))
        y += 4
        backend.rule(margin.side, margin.side + width, y)
      }
      y += 4
      row(b.head, 'bold')
      for (const r of b.rows) row(r, 'regular')
      return
    }
    const style = flowStyles[b.kind]
    const lines = wrap(b.runs, style, width - b.indent, backend.measure)
    const next = blocks[i + 1]
    // Keep a heading with the first two lines of what follows.
    const keep = style.keepWithNext && next && next.kind !== 'table' ? 2 * flowStyles[next.kind].leading : 0
    ensure(style.before + style.leading + keep)
    y += y === margin.top ? 0 : style.before
    for (const line of lines) {
      ensure(style.leading)
      y += style.leading
      let x = margin.side + b.indent
      for (const seg of line) {
        backend.text(seg.text, x, y - (style.leading - style.size) / 2, seg.face, style.size, style.color)
        x += backend.measure(seg.text, seg.face, style.size)
      }
    }
  })
  const pages = backend.pageCount()
  for (let p = 0; p < pages; p++) backend.footer(p, `${title} · Page ${p + 1} of ${pages}`, margin.side, a4.height - margin.bottom / 2, 7.5, grey)
}
