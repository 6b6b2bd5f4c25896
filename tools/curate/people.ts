import { NON_NAME_WORDS, ORGANISATION_NOUNS, ROLE_NOUNS } from './lexicon'
import type { Paragraph } from './types'

/** A person named in full somewhere in the article, with every role the text gives them, in reading order. */
export interface Person {
  name: string
  roles: string[]
}

const TOKEN = /[\p{Lu}][\p{L}'’.\-]*/u
const stripPossessive = (w: string) => w.replace(/['’]s?$/u, '')
const bare = (w: string) => stripPossessive(w).replace(/\.$/, '').toLowerCase()

/** A word that can be part of a person's name: capitalised, not an acronym, not a title or function word. */
export const isNameToken = (w: string): boolean =>
  new RegExp(`^${TOKEN.source}$`, 'u').test(w) &&
  !/^(\p{Lu}\.)+$/u.test(w) &&
  !/^\p{Lu}{2,}$/u.test(w) &&
  !NON_NAME_WORDS.has(bare(w)) &&
  !ORGANISATION_NOUNS.has(bare(w)) &&
  !ROLE_NOUNS.has(bare(w))

/** Runs of two to four name tokens in a text: candidate full names. */
export const fullNamesIn = (text: string): { name: string; start: number; end: number }[] => {
  const out: { name: string; start: number; end: number }[] = []
  const re = /\S+/g
  let run: { w: string; start: number; end: number }[] = []
  const flush = () => {
    if (run.length >= 2 && run.length <= 4) {
      const first = run[0]
      const last = run[run.length - 1]
      if (first && last) out.push({ name: run.map((t) => t.w).join(' '), start: first.start, end: last.end })
    }
    run = []
  }
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0]
    const core = raw.replace(/^[“"‘'«(]+/, '').replace(/[”"’'»),.;:!?]+$/, '')
    const lead = raw.indexOf(core)
    const possessive = /['’]s$/u.test(core)
    const w = stripPossessive(core)
    const punctuatedBefore = lead > 0
    if (punctuatedBefore) flush()
    if (isNameToken(w)) run.push({ w, start: m.index + lead, end: m.index + lead + w.length })
    else flush()
    // A name ends at punctuation after it or at a possessive.
    if (possessive || core.length + lead < raw.length) flush()
  }
  flush()
  return out
}

const ROLE_LINK = new Set(['of', 'and', 'for', 'the', 'at', 'on', '&'])

const isRoleWord = (w: string) => {
  const b = bare(w)
  return ROLE_NOUNS.has(b) || /^\p{Lu}/u.test(w) || /^(\p{Lu}\.)+$/u.test(w) || ROLE_LINK.has(b) || b.includes('-')
}

const hasRoleNoun = (phrase: string) =>
  phrase.split(/\s+/).some((w) => ROLE_NOUNS.has(bare(w)) || w.toLowerCase().split('-').some((p) => ROLE_NOUNS.has(p)))

// Roles that only relate the person to someone else; kept as a last resort.
const WEAK_HEADS = /\b(counterpart|leader|member|partner|resident)$/i

/** The title run right before a name: "White House National Security Council spokesperson". */
export const roleBefore = (text: string, nameStart: number): string | null => {
  const before = text.slice(0, nameStart)
  const tokens = before.trimEnd().split(/\s+/)
  const taken: string[] = []
  for (let i = tokens.length - 1; i >= 0; i--) {
    const w = tokens[i] ?? ''
    if (!w || /[,;:.!?)”"]$/.test(w) && !/^(\p{Lu}\.)+$/u.test(w)) break
    if (!isRoleWord(w)) break
    // Another person's name ends the title ("Xi Jinping and Russian President"), an organisation's does not.
    const nextTaken = bare(taken[0] ?? '')
    // A lone capitalised word before a title is a place or body ("Norland Foreign Minister"); two are a name.
    const nameHere = isNameToken(w) && !/['’]s$/u.test(w) && !ORGANISATION_NOUNS.has(nextTaken)
    if (nameHere && (isNameToken(tokens[i - 1] ?? '') || nextTaken === 'and')) break
    taken.unshift(w)
  }
  while (taken.length && ROLE_LINK.has(bare(taken[0] ?? ''))) taken.shift()
  // A sentence-initial function word ("In", "After") is not part of a title.
  while (taken.length && NON_NAME_WORDS.has(bare(taken[0] ?? '')) && !ROLE_NOUNS.has(bare(taken[0] ?? '')) && !isTitleStart(taken[0] ?? '')) taken.shift()
  const role = taken.join(' ')
  return role && hasRoleNoun(role) ? role : null
}

// Words that may open a title though they are not names ("U.S.", "Russian", "Foreign", "White").
const isTitleStart = (w: string) => /^(\p{Lu}\.)+$/u.test(w) || /^\p{Lu}{2,}$/u.test(w) || /^\p{Lu}[\p{Ll}]/u.test(w) && !FUNCTION_WORDS.has(bare(w))
const FUNCTION_WORDS = new Set(
  'the a an in on at of for to from by with and but or if as after before while when meanwhile however ahead along according this that these those it he she they we his her their its there then also'.split(
    ' ',
  ),
)

const stripArticle = (s: string) => s.replace(/^(a|an|the)\s+/i, '').trim()

/** An appositive after a name: "John Kirby, a spokesman for the U.S. National Security Council,". */
export const roleAfter = (text: string, nameEnd: number): string | null => {
  const rest = text.slice(nameEnd)
  if (!/^,\s/.test(rest)) return null
  let phrase = rest.slice(1)
  const stop = /[,;“"(]|\s(?:said|says|told|added|wrote|warned)\b/.exec(phrase)
  if (stop) phrase = phrase.slice(0, stop.index)
  // A full stop ends the appositive unless it closes an abbreviation ("U.S.").
  const dot = /(?<!\b\p{L})\.(?:\s|$)/u.exec(phrase)
  if (dot) phrase = phrase.slice(0, dot.index)
  phrase = phrase.trim()
  if (!phrase || phrase.split(/\s+/).length > 16) return null
  const head = phrase.split(/\s+/).slice(0, 6).join(' ')
  if (!hasRoleNoun(head) || /^(who|which|that|whose|where|when)\b/i.test(phrase)) return null
  return stripArticle(phrase)
}

/** A description set before a name by a comma: "the alliance’s secretary-general, Jens Stoltenberg,". */
export const roleBeforeComma = (text: string, nameStart: number): string | null => {
  const m = /(?:^|[,;:]\s+|\s)((?:the|a|an)\s+[^,;.“"]{2,80}?),\s+$/iu.exec(text.slice(0, nameStart))
  const phrase = m?.[1]?.trim()
  if (!phrase || !hasRoleNoun(phrase.split(/\s+/).slice(-3).join(' '))) return null
  return stripArticle(phrase)
}

/** The role a mention of a person carries in its own sentence, if any. */
export const roleAt = (text: string, start: number, end: number): string | null =>
  roleAfter(text, end) ?? roleBefore(text, start) ?? roleBeforeComma(text, start)

const tokensOf = (name: string) => name.split(/\s+/)

/** Every person the article names in full, with the roles it gives them wherever they are mentioned. */
export const peopleOf = (paragraphs: Paragraph[]): Person[] => {
  const byName = new Map<string, Person>()
  for (const p of paragraphs)
    for (const { name } of fullNamesIn(p.text)) if (!byName.has(name)) byName.set(name, { name, roles: [] })
  const people = [...byName.values()].filter(
    // A shorter run inside a longer name ("Jinping" alone never occurs, but "Xi Jinping Putin" might) is dropped.
    (a, _i, all) => !all.some((b) => b !== a && b.name.includes(a.name) && b.name.length > a.name.length),
  )
  for (const person of people)
    for (const p of paragraphs)
      for (const m of mentionsIn(p.text, person)) {
        const role = roleAt(p.text, m.start, m.end)
        if (role && !person.roles.includes(role)) person.roles.push(role)
      }
  return people
}

/** Where a person is mentioned by full name or by one of its words ("Kirby", "Xi"). */
export const mentionsIn = (text: string, person: Person): { start: number; end: number }[] => {
  const alternatives = [person.name, ...tokensOf(person.name).filter((t) => t.length > 1)].map((s) =>
    s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  )
  const re = new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'gu')
  const out: { start: number; end: number }[] = []
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

/** The person a name mention refers to: "Stoltenberg", "President Xi", "Mr. Putin" → the full name in the article. */
export const resolveName = (mention: string, people: Person[]): Person | null => {
  const words = tokensOf(mention)
    .map(stripPossessive)
    .filter((w) => isNameToken(w))
  if (words.length === 0) return null
  const joined = words.join(' ')
  const exact = people.find((p) => p.name === joined)
  if (exact) return exact
  const containing = people.find((p) => words.every((w) => tokensOf(p.name).includes(w)))
  return containing ?? null
}

/** The role to show for a person: the one at the attribution if any, else the first strong one in the article. */
export const preferredRole = (person: Person, local: string | null): string | null => {
  if (local && !WEAK_HEADS.test(local)) return local
  return person.roles.find((r) => !WEAK_HEADS.test(r)) ?? local ?? person.roles[0] ?? null
}
