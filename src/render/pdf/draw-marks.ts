import type { MarkShape } from './blocks'
import { num } from './content-writer'

// A quarter circle as a cubic Bézier: control points at this fraction of the radius.
const kappa = 0.5523

/** The path of a circle around (cx, cy), as PDF operators. */
const circle = (cx: number, cy: number, r: number): string => {
  const k = r * kappa
  const p = (x: number, y: number) => `${num(x)} ${num(y)}`
  return (
    `${p(cx + r, cy)} m ${p(cx + r, cy + k)} ${p(cx + k, cy + r)} ${p(cx, cy + r)} c ` +
    `${p(cx - k, cy + r)} ${p(cx - r, cy + k)} ${p(cx - r, cy)} c ` +
    `${p(cx - r, cy - k)} ${p(cx - k, cy - r)} ${p(cx, cy - r)} c ` +
    `${p(cx + k, cy - r)} ${p(cx + r, cy - k)} ${p(cx + r, cy)} c h`
  )
}

/** The left half of a circle's disc, as a closed path. */
const leftHalf = (cx: number, cy: number, r: number): string => {
  const k = r * kappa
  const p = (x: number, y: number) => `${num(x)} ${num(y)}`
  return `${p(cx, cy + r)} m ${p(cx - k, cy + r)} ${p(cx - r, cy + k)} ${p(cx - r, cy)} c ${p(cx - r, cy - k)} ${p(cx - k, cy - r)} ${p(cx, cy - r)} c h`
}

/**
 * Operators drawing a stance mark in the square (x, y, size) (PDF user space, y up), wrapped in q/Q so its line
 * state stays local. `fill` and `stroke` are the colour's `rg` and `RG` operators.
 */
export const markOps = (shape: MarkShape, x: number, y: number, size: number, fill: string, stroke: string): string => {
  const r = size / 2
  const cx = x + r
  const cy = y + r
  const line = Math.max(0.6, size * 0.13)
  const width = `${num(line)} w`
  switch (shape) {
    case 'check': {
      const w = Math.max(0.8, size * 0.2)
      return (
        `q ${stroke} ${num(w)} w 1 J 1 j ${num(x + size * 0.1)} ${num(y + size * 0.5)} m ${num(x + size * 0.4)} ${num(y + size * 0.15)} l ` +
        `${num(x + size * 0.92)} ${num(y + size * 0.88)} l S Q\n`
      )
    }
    case 'ring':
      return `q ${stroke} ${width} ${circle(cx, cy, r - line / 2)} S Q\n`
    case 'half':
      return `q ${fill} ${stroke} ${width} ${leftHalf(cx, cy, r - line / 2)} f ${circle(cx, cy, r - line / 2)} S Q\n`
    case 'cross': {
      const w = Math.max(0.8, size * 0.2)
      const i = w / 2 + size * 0.06
      return (
        `q ${stroke} ${num(w)} w 1 J ${num(x + i)} ${num(y + i)} m ${num(x + size - i)} ${num(y + size - i)} l ` +
        `${num(x + i)} ${num(y + size - i)} m ${num(x + size - i)} ${num(y + i)} l S Q\n`
      )
    }
    case 'question': {
      // A hook (an arc over the top, down to the centre) and a dot below it.
      const p = (px: number, py: number) => `${num(x + px * size)} ${num(y + py * size)}`
      const dot = circle(cx, y + size * 0.1, size * 0.09)
      return (
        `q ${stroke} ${fill} ${width} 1 J ${p(0.2, 0.7)} m ${p(0.2, 1)} ${p(0.8, 1)} ${p(0.8, 0.7)} c ` +
        `${p(0.8, 0.5)} ${p(0.5, 0.5)} ${p(0.5, 0.3)} c S ${dot} f Q\n`
      )
    }
  }
}
