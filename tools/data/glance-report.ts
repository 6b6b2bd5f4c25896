import type { StoryData } from '../../src/curation/types'
import { buildCatalog } from '../../src/factsheet/catalog'
import { mostTellingStatement } from '../../src/factsheet/glance'

const excerpt = (text: string, max = 72) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`)

/**
 * What page 1 of each topic's brief (and the top of its HTML page) shows for each actor, and who chose it: the curator
 * (`telling:` in the topic file) or the rule in src/factsheet/glance.ts. For an editor reviewing a story at a glance.
 */
export const glanceReport = (data: StoryData): string[] => {
  const sheets = buildCatalog(data).sheets
  const positions = sheets.flatMap((s) => s.positions)
  const actorWidth = Math.max(...positions.map((p) => p.actor.length))
  const stanceWidth = Math.max(...positions.map((p) => p.stanceWithBasis.length))
  return sheets.flatMap((sheet) => [
    `${sheet.slug}: ${sheet.title}`,
    ...sheet.positions.map((p) => {
      const shown = mostTellingStatement(p)
      const who = !shown ? '' : p.telling === shown.id ? 'curator' : 'rule'
      const words = shown ? `${shown.id}: “${excerpt(shown.quote)}”` : '—'
      return `  ${p.actor.padEnd(actorWidth)}  ${p.stanceWithBasis.padEnd(stanceWidth)}  ${who.padEnd(7)}  ${words}`
    }),
  ])
}
