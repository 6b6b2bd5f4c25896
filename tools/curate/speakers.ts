import { GROUP_NOUNS, NON_NAME_WORDS, ORGANISATION_NOUNS, PRONOUNS, ROLE_NOUNS, SPEAKER_ADVERBS } from './lexicon'
import { isNameToken, preferredRole, resolveName, roleBefore, type Person } from './people'
import type { Speaker } from './types'

/** What a speaker phrase ("Kirby", "he", "the alliance’s secretary-general, Jens Stoltenberg") refers to. */
export type Mention =
  | { kind: 'person'; speaker: Speaker }
  | { kind: 'organisation'; name: string; role: string | null }
  | { kind: 'pronoun'; word: string }
  | { kind: 'description'; text: string; organisation: boolean }
  | { kind: 'group'; text: string }

export interface SpeakerContext {
  people: Person[]
  /** Whether a name is an organisation or place the register knows ("Kremlin", "Beijing"). */
  isOrganisation: (name: string) => boolean
}

const bare = (w: string) => w.replace(/['’]s?$/u, '').replace(/[.,;:]+$/, '').toLowerCase()
const stripArticle = (s: string) => s.replace(/^(the|a|an)\s+/i, '')

/** Drops conjunctions, adverbs and auxiliaries around a speaker phrase ("and Kirby also" → "Kirby"). */
const tidy = (phrase: string): string => {
  let words = phrase.trim().replace(/^[,;:—–\-\s]+|[,;:—–\-\s]+$/g, '').split(/\s+/).filter(Boolean)
  while (words.length && /^(and|but|so|then|while|as|which|who|that|during|in|where|when|something|however)$/i.test(words[0] ?? '')) words = words.slice(1)
  const joined = words.join(' ').replace(TRAILING_TIME, '')
  words = joined.split(/\s+/).filter(Boolean)
  while (words.length && SPEAKER_ADVERBS.has((words[words.length - 1] ?? '').toLowerCase())) words = words.slice(0, -1)
  return words.join(' ')
}

// "on Tuesday", "earlier Monday", "in a statement", "on Twitter": adverbials between a speaker and the verb.
const TRAILING_TIME =
  /(?:\s+(?:on|in|at|earlier|later|late|this|last|on\s+Twitter|in\s+a\s+statement)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|twitter|statement|a\s+statement|\w+day))+$/i

/** A phrase made only of a name (with optional title words before it): the name's words and the title. */
const nameAtEnd = (phrase: string): { name: string; title: string } | null => {
  const words = phrase.split(/\s+/)
  let i = words.length
  while (i > 0 && isNameToken(words[i - 1]?.replace(/[,;:]$/, '') ?? '')) i--
  const nameWords = words.slice(i)
  if (nameWords.length === 0 || nameWords.length > 4) return null
  const title = words.slice(0, i).join(' ')
  return { name: nameWords.join(' ').replace(/[,;:]$/, ''), title }
}

const isOrganisationPhrase = (phrase: string, ctx: SpeakerContext): boolean => {
  const words = stripArticle(phrase).split(/\s+/)
  if (ctx.isOrganisation(stripArticle(phrase))) return true
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0] ?? '')) return true // NATO, TASS
  const capitalised = words.every((w) => /^[\p{Lu}(]|^(of|and|for|the|on|&)$/u.test(w))
  return capitalised && words.some((w) => ORGANISATION_NOUNS.has(bare(w)))
}

const headOf = (phrase: string) => bare(phrase.split(/\s+/).pop() ?? '')

const roleHead = (head: string) => ROLE_NOUNS.has(head) || head.split('-').some((p) => ROLE_NOUNS.has(p))

const asPerson = (name: string, title: string | null, ctx: SpeakerContext): Mention => {
  const person = resolveName(name, ctx.people)
  const local = title ? stripArticle(title) : null
  if (!person) return { kind: 'person', speaker: { name, role: local } }
  return { kind: 'person', speaker: { name: person.name, role: preferredRole(person, local) } }
}

/** Reads a speaker phrase; null when it is not one (a clause, an object, a place in a sentence). */
export const parseSpeakerPhrase = (raw: string, ctx: SpeakerContext): Mention | null => {
  const phrase = tidy(raw)
  if (!phrase || phrase.split(/\s+/).length > 22) return null
  const lower = phrase.toLowerCase()
  if (PRONOUNS.person.has(lower) || PRONOUNS.group.has(lower) || PRONOUNS.thing.has(lower))
    return { kind: 'pronoun', word: lower }

  const parts = phrase.split(/,\s*/).filter(Boolean)
  if (parts.length >= 2) {
    const [first = '', second = ''] = parts
    const named = nameAtEnd(first)
    // "Oleksiy Danilov, the secretary of …": a name, then its role.
    if (named && !named.title && hasRole(second)) return asPerson(named.name, parts.slice(1).join(', '), ctx)
    // "the alliance’s secretary-general, Jens Stoltenberg": a description, then the name.
    const secondName = nameAtEnd(second)
    if (secondName && !secondName.title && hasRole(first)) return asPerson(secondName.name, first, ctx)
    if (named) return parseSpeakerPhrase(first, ctx)
    return null
  }

  if (isOrganisationPhrase(phrase, ctx)) return { kind: 'organisation', name: stripArticle(phrase), role: null }
  const acronym = /^(.*?)\s*\b(\p{Lu}{2,})$/u.exec(phrase)
  if (acronym?.[2] && (!acronym[1] || hasRole(acronym[1]) || /broadcaster|agency|outlet|newspaper|channel/i.test(acronym[1])))
    return { kind: 'organisation', name: acronym[2], role: acronym[1] ? stripArticle(acronym[1]) : null }
  const named = nameAtEnd(phrase)
  if (named) {
    if (ctx.isOrganisation(named.name) && !named.title) return { kind: 'organisation', name: named.name, role: null }
    if (!named.title) return asPerson(named.name, null, ctx)
    const title = roleBefore(phrase, phrase.length - named.name.length)
    if (title) return asPerson(named.name, title, ctx)
    return null
  }
  const words = phrase.split(/\s+/)
  const determined = /^(the|a|an|this|that|its|his|her|their)$/i.test(words[0] ?? '') || /['’]s$/u.test(words[0] ?? '')
  const head = headOf(phrase)
  if (GROUP_NOUNS.has(head) && words.length <= 6) {
    const from = words.findIndex((w) => /^\p{Lu}/u.test(w) || /^(many|some|several|most|few|the|two|three|both|other|senior|top|western|foreign)$/i.test(w))
    return { kind: 'group', text: words.slice(Math.max(0, from)).join(' ') }
  }
  if (!determined || words.length > 8) return null
  if (words.some((w) => /^[\p{Ll}]/u.test(w) && !NON_NAME_WORDS.has(bare(w)) && !roleHead(bare(w)) && !ORGANISATION_NOUNS.has(bare(w)) && !/^[\p{Ll}-]+$/u.test(w)))
    return null
  if (ORGANISATION_NOUNS.has(head)) {
    // "China’s foreign ministry" names its organisation; "the ministry" points back to one.
    const proper = words.slice(0, -1).some((w) => /^\p{Lu}/u.test(w) && !/^(The|A|An)$/.test(w))
    return proper ? { kind: 'organisation', name: stripArticle(phrase), role: null } : { kind: 'description', text: phrase, organisation: true }
  }
  if (roleHead(head)) return { kind: 'description', text: phrase, organisation: false }
  return null
}

const hasRole = (phrase: string) => phrase.split(/\s+/).some((w) => roleHead(bare(w)))

/** Who was last heard from, for pronouns and descriptions. */
export interface Salience {
  person: Speaker | null
  organisation: Speaker | null
}

export type Resolution = { speaker: Speaker | null; via: 'name' | 'pronoun' | 'description' | 'group' }

/** Resolves a mention against the previous speakers: a pronoun or description is the last one named. */
export const resolveMention = (mention: Mention, salience: Salience): Resolution => {
  switch (mention.kind) {
    case 'person':
      return { speaker: mention.speaker, via: 'name' }
    case 'organisation':
      return { speaker: { name: mention.name, role: mention.role }, via: 'name' }
    case 'pronoun':
      if (mention.word === 'it') return { speaker: salience.organisation, via: 'pronoun' }
      if (mention.word === 'they' || mention.word === 'we') return { speaker: null, via: 'pronoun' }
      return { speaker: salience.person, via: 'pronoun' }
    case 'description':
      return { speaker: mention.organisation ? salience.organisation : salience.person, via: 'description' }
    case 'group':
      return { speaker: null, via: 'group' }
  }
}
