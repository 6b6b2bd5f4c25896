// The brief's content as plain blocks, so every peer library lays out the same text as our renderer:
// title, summary, stance table, per-actor sections (stance, summary, each wording, speaker, date, source numbers),
// key figures and the numbered source list with URLs and quality warnings.

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const formatDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number)
  return d && m ? `${d} ${months[m - 1]} ${y}` : iso
}
const kindLabels = { quote: 'Quote', paraphrase: 'Paraphrase (reported speech)', characterisation: 'Outlet’s characterisation' }
const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`
const refs = (ns) => ns.map((n) => `[${n}]`).join(' ')
const firstSentence = (text) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text

const run = (text, style = {}) => ({ text, ...style })
const block = (kind, runs, extra = {}) => ({ kind, runs: typeof runs === 'string' ? [run(runs)] : runs, indent: 0, ...extra })

/** Every block of one topic's brief, in reading order. `kind` is a style name each peer maps to its own fonts. */
export const briefBlocks = (sheet, origin) => {
  const out = [
    block('kicker', 'FACT SHEET'),
    block('title', sheet.title),
    block('lead', sheet.summary),
    block('meta', [
      run('Sources: ', { bold: true }),
      run(`${plural(sheet.articles.length, 'article')} published ${formatDate(sheet.dateRange.from)} – ${formatDate(sheet.dateRange.to)} · ${plural(sheet.references.length, 'cited paragraph')}. ${sheet.corpusName}.`),
    ]),
    block('h3', 'Positions at a glance'),
    {
      kind: 'table',
      head: ['Actor', 'Stance', 'Statements'],
      rows: sheet.positions.map((p) => [p.actorName, p.stanceLabel, p.statements.length > 0 ? String(p.statements.length) : '—']),
    },
  ]
  for (const p of sheet.positions) {
    out.push(block('h2', p.actorName), block('label', p.stanceLabel), block('body', p.summary))
    for (const s of p.statements) {
      const several = s.wordings.length > 1
      for (const w of s.wordings) {
        if (w.kind !== 'quote') out.push(block('label', `${kindLabels[w.kind]}${several ? ` · ${w.source.outlet}` : ''}`, { indent: 11 }))
        out.push(w.kind === 'quote' ? block('quote', `“${w.text}”`, { indent: 11 }) : block('body', w.text, { indent: 11 }))
        if (several) out.push(block('small', `${w.source.outlet} [${w.source.n}]`, { indent: 11 }))
        if (w.source.qualityNote)
          out.push(block('warning', `Quality warning on [${w.source.n}] (${w.source.outlet}): ${firstSentence(w.source.qualityNote)}`, { indent: 11 }))
      }
      const numbers = [...new Set(s.wordings.map((w) => w.source.n))]
      out.push(
        block('small', [
          run(s.speaker.name, { bold: true }),
          run(`, ${s.speaker.role} · ${formatDate(s.date)} · ${several ? '' : `${s.wordings[0]?.source.outlet ?? ''} `}${refs(numbers)}`),
        ], { indent: 11 }),
      )
      if (s.dateNote) out.push(block('small', [run(`Date: ${s.dateNote}`)], { indent: 11 }))
    }
  }
  if (sheet.figures.length > 0) {
    out.push(block('h2', 'Key figures'))
    for (const f of sheet.figures) out.push(block('body', [run(`${f.label}: `, { bold: true }), run(`${f.value} ${refs(f.sources.map((s) => s.n))}`)]))
  }
  out.push(block('h2', 'Sources'))
  for (const r of sheet.references) {
    out.push(block('small', [run(`[${r.n}] `, { bold: true }), run(r.outlet, { bold: true }), run(` — ${r.headline}`)], { indent: 0 }))
    out.push(block('small', `${formatDate(r.date)} · ¶ ${r.paragraph.replace(/^p/, '')} · ${origin}${r.href}`, { indent: 24 }))
    if (r.qualityNote) out.push(block('warning', `Quality warning: ${r.qualityNote}`, { indent: 24 }))
  }
  return out
}

/** Characters of all blocks, to check every peer is given the same amount of text. */
export const textLength = (blocks) =>
  blocks.reduce((n, b) => n + (b.kind === 'table' ? [...b.head, ...b.rows.flat()].join('').length : b.runs.reduce((m, r) => m + r.text.length, 0)), 0)

/**
 * What a user of a Standard-14 font has to do: replace every character the font's WinAnsi encoding lacks.
 * `supported` is the set of code points the font encodes.
 */
export const winAnsiSanitizer = (supported) => {
  let replaced = 0
  const sanitize = (text) => {
    let out = ''
    for (const ch of text) {
      const cp = ch.codePointAt(0)
      if (supported.has(cp)) out += ch
      else {
        out += '?'
        replaced++
      }
    }
    return out
  }
  return { sanitize, replaced: () => replaced }
}

/** The blocks with every text passed through `sanitize`. */
export const sanitizeBlocks = (blocks, sanitize) =>
  blocks.map((b) =>
    b.kind === 'table'
      ? { ...b, head: b.head.map(sanitize), rows: b.rows.map((r) => r.map(sanitize)) }
      : { ...b, runs: b.runs.map((r) => ({ ...r, text: sanitize(r.text) })) },
  )
