import type { Rgb, TextStyle } from './layout'
import type { StanceId } from '../../curation/types'
import { stanceColors as stanceHex } from '../../vocabulary'

/** Colours, sizes and spacing of the brief; one place so the rhythm stays consistent. */
export const colors = {
  text: [0.11, 0.12, 0.14],
  muted: [0.38, 0.4, 0.44],
  accent: [0.06, 0.23, 0.45],
  rule: [0.8, 0.82, 0.85],
  bar: [0.72, 0.78, 0.87],
  band: [0.95, 0.96, 0.97],
  warning: [0.68, 0.14, 0.1],
} satisfies Record<string, Rgb>

const rgbOf = (hex: string): Rgb => {
  const channel = (at: number) => Math.round((parseInt(hex.slice(at, at + 2), 16) / 255) * 1000) / 1000
  return [channel(1), channel(3), channel(5)]
}

/** The vocabulary's stance colours, as PDF colour components. */
export const stanceColors = Object.fromEntries(Object.entries(stanceHex).map(([k, hex]) => [k, rgbOf(hex)])) as Record<StanceId, Rgb>

const style = (font: TextStyle['font'], size: number, color: Rgb = colors.text): TextStyle => ({ font, size, color })

export const styles = {
  kicker: style('bold', 7.5, colors.accent),
  title: style('bold', 20),
  lead: style('regular', 10.5),
  meta: style('regular', 8.5, colors.muted),
  metaBold: style('bold', 8.5, colors.muted),
  h2: style('bold', 13, colors.accent),
  h3: style('bold', 9, colors.accent),
  body: style('regular', 9.5),
  bodyBold: style('bold', 9.5),
  quote: style('regular', 9.5),
  smallQuote: style('regular', 8.5),
  label: style('bold', 7.5, colors.muted),
  stance: style('bold', 8.5, colors.muted),
  small: style('regular', 8.5, colors.muted),
  smallText: style('regular', 8.5),
  smallBold: style('bold', 8.5),
  /** A statement only one newsroom reports: in the warning colour, as on the HTML page. */
  single: style('regular', 8.5, colors.warning),
  ref: style('regular', 8.5, colors.accent),
  warning: style('regular', 8, colors.warning),
  running: style('regular', 7.5, colors.muted),
  runningBold: style('bold', 7.5, colors.muted),
}

/** Leading (line height) in points; every vertical distance is a multiple of `unit`. */
export const unit = 3.5
export const leading = {
  title: 7 * unit,
  lead: 4.5 * unit,
  h2: 5 * unit,
  body: 4 * unit,
  small: 3.5 * unit,
  label: 3.5 * unit,
}

export const space = { section: 7 * unit, block: 3 * unit, tight: 1.5 * unit }

/** Page frame: margins in points, and where the running header and footer sit. */
export const margins = { top: 68, bottom: 64, left: 62, right: 62 }
export const runningHeaderY = 40
export const runningFooterY = 38
