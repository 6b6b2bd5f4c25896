import { parseRegister } from '../../tools/curate/register'
import type { ArticleText } from '../../tools/curate/types'

/** An article from invented paragraphs, dated Wednesday 2031-05-14. */
export const articleOf = (...texts: string[]): ArticleText => ({
  id: 'test',
  date: '2031-05-14',
  paragraphs: texts.map((text, i) => ({ id: `p${i + 1}`, text })),
})

export const testRegister = parseRegister(
  `actors: [norland, sudmark]
people:
  - { name: Orla Fennimore, actor: norland }
organisations:
  - { pattern: [Norland Foreign Office, Norland], actor: norland }
  - { pattern: [Sudmark], actor: sudmark }
roles:
  - { pattern: [Norlandic, Norland's], actor: norland }
  - { pattern: [Sudmarker, Sudmark's], actor: sudmark }
`,
  'test-register.yaml',
)
