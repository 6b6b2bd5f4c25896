#!/usr/bin/env node
// Build-time font pipeline for the PDF renderer (run by hand: `npm run build:fonts`, commit the outputs).
// Subsets IBM Plex Sans to the characters the briefs can hold, then precomputes everything the
// Worker would otherwise need a font parser for: metrics, code point -> glyph id, advance widths,
// kerning classes, and the tables the Worker's per-document subsetter (src/render/pdf/font-subset.ts) copies glyphs from.
// Outputs: assets/fonts/*.ttf (+ OFL license) and src/render/pdf/fonts.generated.ts.
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as fontkit from 'fontkit'
import subsetFont from 'subset-font'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const plexDir = join(root, 'node_modules/@ibm/plex-sans/fonts/complete/woff2')
const outFonts = join(root, 'assets/fonts')
const outModule = join(root, 'src/render/pdf/fonts.generated.ts')

const faces = [
  { key: 'regular', file: 'IBMPlexSans-Regular.woff2' },
  { key: 'bold', file: 'IBMPlexSans-Bold.woff2' },
]

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const wanted = new Set([
  ...range(0x20, 0x7e), // printable ASCII
  ...range(0xa0, 0xff), // Latin-1 Supplement (NBSP, ¶ U+00B6, § U+00A7)
  ...range(0x100, 0x17f), // Latin Extended-A
  ...range(0x300, 0x36f), // combining marks, for text that arrives decomposed
  ...range(0x400, 0x4ff), // Cyrillic
  ...range(0x2000, 0x206f), // General Punctuation: spaces, dashes, curly quotes, ellipsis, bullets
  0x20ac,
  0x2116,
  0x2122,
  0x2190,
  0x2192,
  0x2212,
  0x25aa,
  0x25cf, // € № ™ ← → − ▪ ●
  0xfffd, // replacement glyph for anything the font lacks
])
for (const file of readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort())
  for (const ch of readFileSync(join(root, 'seeds', file), 'utf8')) wanted.add(ch.codePointAt(0))

// Kerning is looked up only among these; pairs of rarer characters are left unkerned to keep the table small.
const kernChars = [...range(0x21, 0x7e), 0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, ...range(0x410, 0x44f)]

const text = String.fromCodePoint(...[...wanted].sort((a, b) => a - b))
const layoutTables = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'gasp', 'DSIG']

/** Six capital letters from a hash of the program: the PDF subset tag, stable as long as the font is. */
const subsetTag = (bytes) => {
  const digest = createHash('sha256').update(bytes).digest()
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('')
}

const kernScale = 2
const b64 = (bytes) => Buffer.from(bytes).toString('base64')
/** Little-endian 16-bit values as base64. */
const u16 = (values) => {
  const buffer = Buffer.alloc(values.length * 2)
  values.forEach((v, i) => buffer.writeUInt16LE(v, i * 2))
  return buffer.toString('base64')
}

/** The sfnt's tables by tag, as views into its bytes. */
const tablesOf = (ttf) => {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength)
  const tables = {}
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + 16 * i
    const tag = String.fromCharCode(...ttf.subarray(at, at + 4))
    tables[tag] = ttf.subarray(view.getUint32(at + 8), view.getUint32(at + 8) + view.getUint32(at + 12))
  }
  return tables
}

/**
 * What the Worker's subsetter needs from the program: glyf, loca (short, as 16-bit LE half offsets), hmtx and the
 * head/hhea/maxp it patches; every composite glyph's components (closure), so it can follow them without parsing.
 * cmap, name, post and OS/2 are left out: a CIDFontType2 under /CIDToGIDMap /Identity is drawn by glyph id.
 */
const subsetSourceOf = (ttf, numGlyphs) => {
  const t = tablesOf(ttf)
  const be = (bytes) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (be(t.head).getInt16(50) !== 0) throw new Error('Expected a short loca table (head.indexToLocFormat 0).')
  if (be(t.hhea).getUint16(34) !== numGlyphs) throw new Error('Expected an hmtx entry per glyph (numberOfHMetrics).')
  if (t.cvt || t.fpgm || t.prep) throw new Error('Expected an unhinted program (no cvt/fpgm/prep).')
  const loca = be(t.loca)
  const offsetOf = (gid) => 2 * loca.getUint16(2 * gid)
  const glyf = be(t.glyf)
  /** Direct components of a composite glyph (ARG_1_AND_2_ARE_WORDS 1, WE_HAVE_A_SCALE 8, MORE_COMPONENTS 32, X_AND_Y 64, TWO_BY_TWO 128). */
  const direct = (gid) => {
    const at = offsetOf(gid)
    if (offsetOf(gid + 1) === at || glyf.getInt16(at) >= 0) return []
    const out = []
    let p = at + 10
    for (;;) {
      const flags = glyf.getUint16(p)
      out.push(glyf.getUint16(p + 2))
      p += 4 + (flags & 1 ? 4 : 2) + (flags & 8 ? 2 : flags & 64 ? 4 : flags & 128 ? 8 : 0)
      if (!(flags & 32)) return out
    }
  }
  const closure = (gid, seen = new Set()) => {
    for (const c of direct(gid)) if (!seen.has(c)) closure(c, seen.add(c))
    return seen
  }
  const components = []
  for (let gid = 0; gid < numGlyphs; gid++) {
    const all = [...closure(gid)].sort((a, b) => a - b)
    if (all.length > 0) components.push(gid, all.length, ...all)
  }
  return {
    head: b64(t.head),
    hhea: b64(t.hhea),
    maxp: b64(t.maxp),
    hmtx: b64(t.hmtx),
    loca: u16(Array.from({ length: numGlyphs + 1 }, (_, gid) => offsetOf(gid) / 2)),
    glyf: b64(t.glyf),
    components: u16(components),
  }
}

const buildFace = async ({ key, file }) => {
  const woff2 = readFileSync(join(plexDir, file))
  // The embedded program: no hinting (PDF viewers rasterise at print resolution) and no layout tables (we do not shape).
  const ttf = await subsetFont(woff2, text, {
    targetFormat: 'truetype',
    noHinting: true,
    noLayoutClosure: true,
    dropTables: layoutTables,
  })
  // A second subset that keeps GPOS kerning, only to read kerning pairs from; never shipped.
  const kernTtf = await subsetFont(woff2, text, {
    targetFormat: 'truetype',
    keepFeatures: ['kern'],
    noLayoutClosure: true,
  })
  const font = fontkit.create(ttf)
  const kernFont = fontkit.create(kernTtf)
  const scale = 1000 / font.unitsPerEm
  const units = (v) => Math.round(v * scale)

  const pairs = [] // [codePoint, glyphId]
  const gidToText = new Map()
  for (const cp of [...wanted].sort((a, b) => a - b)) {
    if (!font.hasGlyphForCodePoint(cp)) continue
    const glyph = font.glyphForCodePoint(cp)
    if (glyph.id === 0) continue
    pairs.push(cp, glyph.id)
    if (!gidToText.has(glyph.id)) gidToText.set(glyph.id, cp)
  }
  const advances = Array.from({ length: font.numGlyphs }, (_, gid) => units(font.getGlyph(gid).advanceWidth))

  // Kerning as classes: glyphs with identical kerning rows share a left class, identical columns a right class,
  // and a small matrix holds the values (halved to fit a byte: 0.002 em steps are invisible).
  const rows = new Map() // left gid -> Map(right gid -> adjustment)
  const kernable = kernChars.filter((cp) => kernFont.hasGlyphForCodePoint(cp) && font.hasGlyphForCodePoint(cp))
  for (const a of kernable)
    for (const b of kernable) {
      const run = kernFont.layout(String.fromCodePoint(a, b), { kern: true, liga: false, calt: false, ccmp: false })
      if (run.glyphs.length !== 2) continue
      const k = Math.round(units(run.positions[0].xAdvance - run.glyphs[0].advanceWidth) / kernScale)
      if (k === 0) continue
      const left = font.glyphForCodePoint(a).id
      if (!rows.has(left)) rows.set(left, new Map())
      rows.get(left).set(font.glyphForCodePoint(b).id, k)
    }
  const rights = [...new Set([...rows.values()].flatMap((m) => [...m.keys()]))].sort((x, y) => x - y)
  const classOf = (keys, vectorOf) => {
    const ids = new Map()
    const assigned = new Map()
    for (const key of keys) {
      const vector = vectorOf(key)
      if (!ids.has(vector)) ids.set(vector, ids.size + 1)
      assigned.set(key, ids.get(vector))
    }
    return { assigned, count: ids.size + 1, vectors: [...ids.keys()] }
  }
  const lefts = [...rows.keys()].sort((x, y) => x - y)
  const leftClasses = classOf(lefts, (l) => rights.map((r) => rows.get(l).get(r) ?? 0).join(','))
  const leftRep = new Map([...leftClasses.assigned].map(([gid, c]) => [c, gid]))
  const rightClasses = classOf(rights, (r) =>
    Array.from({ length: leftClasses.count - 1 }, (_, c) => rows.get(leftRep.get(c + 1)).get(r) ?? 0).join(','),
  )
  const matrix = new Int8Array(leftClasses.count * rightClasses.count)
  for (const [l, m] of rows)
    for (const [r, k] of m) {
      if (k < -128 || k > 127) throw new Error(`Kerning ${k} does not fit a byte; raise kernScale.`)
      matrix[leftClasses.assigned.get(l) * rightClasses.count + rightClasses.assigned.get(r)] = k
    }
  const perGlyph = (classes) => Uint8Array.from({ length: font.numGlyphs }, (_, gid) => classes.assigned.get(gid) ?? 0)

  const os2 = font['OS/2']
  const bbox = font.bbox
  const flags = (font.post.isFixedPitch ? 1 : 0) | 32 | (font.italicAngle !== 0 ? 64 : 0) // Nonsymbolic, Italic
  const weight = os2?.usWeightClass ?? 400
  return {
    key,
    ttf,
    data: {
      baseFont: `${subsetTag(ttf)}+${font.postscriptName}`,
      unitsPerEm: font.unitsPerEm,
      ascent: units(font.ascent),
      descent: units(font.descent),
      capHeight: units(font.capHeight),
      xHeight: units(font.xHeight),
      bbox: [units(bbox.minX), units(bbox.minY), units(bbox.maxX), units(bbox.maxY)],
      italicAngle: font.italicAngle,
      flags,
      stemV: Math.round(10 + 220 * ((weight - 50) / 900) ** 2), // the usual estimate from the weight class
      replacement: font.glyphForCodePoint(0xfffd).id,
      cmap: u16(pairs),
      advances: u16(advances),
      kernLeft: b64(perGlyph(leftClasses)),
      kernRight: b64(perGlyph(rightClasses)),
      kernRightClasses: rightClasses.count,
      kernMatrix: b64(new Uint8Array(matrix.buffer)),
      kernScale,
      toUnicode: u16([...gidToText].sort((a, b) => a[0] - b[0]).flat()),
      ...subsetSourceOf(ttf, font.numGlyphs),
    },
  }
}

mkdirSync(outFonts, { recursive: true })
const built = []
for (const face of faces) built.push(await buildFace(face))
for (const { key, ttf } of built) writeFileSync(join(outFonts, `IBMPlexSans-${key}.subset.ttf`), ttf)
copyFileSync(join(plexDir, 'license.txt'), join(outFonts, 'OFL.txt'))

const body = built
  .map(({ key, data }) => {
    const fields = Object.entries(data)
      .map(([k, v]) => `    ${k}: ${JSON.stringify(v)},`)
      .join('\n')
    return `  ${key}: {\n${fields}\n  },`
  })
  .join('\n')
writeFileSync(
  outModule,
  `// Generated by scripts/build-fonts.mjs from @ibm/plex-sans 1.1.0 (SIL OFL 1.1, see assets/fonts/OFL.txt). Do not edit.
// Binary tables are base64: our own tables 16-bit little-endian, the TrueType tables (head ... glyf) as in the font.
import type { FontData } from './font-data'

export const fontData = {
${body}
} satisfies Record<string, FontData>
`,
)
const codePointCount = (data) => Buffer.from(data.cmap, 'base64').length / 4
for (const { key, ttf, data } of built)
  console.log(
    `${key}: ${ttf.length} bytes ttf, ${data.glyf.length} base64 chars of glyf, ${codePointCount(data)} code points, ${data.kernMatrix.length} kern matrix chars, ${data.baseFont}`,
  )
