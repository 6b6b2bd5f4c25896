import type { NewSpeaker, Proposal } from './types'

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/** Proposals as a readable table for the curator, then the speakers to add to the register. */
export const formatTable = (articleId: string, paragraphs: number, proposals: Proposal[], newSpeakers: NewSpeaker[]): string => {
  const lines = [`${articleId}: ${paragraphs} paragraphs, ${proposals.length} proposals`, '']
  for (const p of proposals) {
    const who = p.speaker ? `${p.speaker.name}${p.speaker.role ? ` (${p.speaker.role})` : ''}` : '— unclear —'
    lines.push(
      `${p.paragraph.padEnd(4)} ${p.kind.padEnd(10)} ${p.confidence.toFixed(2)}  ${clip(who, 60)}  → ${p.actor ?? 'null'}  [${p.cue}]${p.date ? `  ${p.date}` : ''}${p.continues ? '  (continues)' : ''}`,
      `      ${clip(p.segments.map((s) => `“${s}”`).join(' … '), 140)}`,
    )
  }
  if (newSpeakers.length) {
    lines.push('', 'Speakers not in the register (add them with an actor):')
    for (const s of newSpeakers) lines.push(`  - ${s.name}${s.role ? ` (${s.role})` : ''}${s.suggestedActor ? `  suggested: ${s.suggestedActor}` : ''}`)
  }
  return lines.join('\n')
}
