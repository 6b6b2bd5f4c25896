import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { z } from 'zod'
import type { Speaker } from './types'

const phrase = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])

/** The register's shape: the single description of what a curator writes in a register file. */
export const registerSchema = z.object({
  actors: z.array(z.string().min(1)).min(1),
  people: z
    .array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).optional(), actor: z.string().min(1) }))
    .default([]),
  organisations: z.array(z.object({ pattern: phrase, actor: z.string().min(1) })).default([]),
  roles: z.array(z.object({ pattern: phrase, actor: z.string().min(1) })).default([]),
})

export type Register = z.infer<typeof registerSchema>

export const emptyRegister: Register = { actors: [], people: [], organisations: [], roles: [] }

/** A register file that does not match the schema; the message names the file and field. */
export class RegisterError extends Error {
  override name = 'RegisterError'
}

/** Parses and checks register YAML; every actor used must be listed in `actors` or be `other`. */
export const parseRegister = (text: string, file: string): Register => {
  const result = registerSchema.safeParse(parse(text))
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(top)'}: ${i.message}`)
    throw new RegisterError(issues.join('\n'))
  }
  const register = result.data
  const known = new Set([...register.actors, 'other'])
  const used = [...register.people, ...register.organisations, ...register.roles].map((e) => e.actor)
  const unknown = used.filter((a) => !known.has(a))
  if (unknown.length)
    throw new RegisterError(`${file}: actor(s) ${[...new Set(unknown)].join(', ')} not listed under actors (${register.actors.join(', ')}) nor "other"`)
  return register
}

export const loadRegister = (path: string): Register => parseRegister(readFileSync(path, 'utf8'), path)

const normalise = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()

const patternsOf = (p: string | string[]) => (Array.isArray(p) ? p : [p])

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whether a phrase occurs in a text as whole words, ignoring case and apostrophe style. */
const occursIn = (pattern: string, text: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(normalise(pattern))}(?![\\p{L}\\p{N}])`, 'u').test(normalise(text))

const personOf = (register: Register, name: string) =>
  register.people.find((p) => [p.name, ...(p.aliases ?? [])].some((n) => normalise(n) === normalise(name)))

/** The actor an organisation or place name stands for ("the Kremlin", "China’s foreign ministry"). */
export const organisationActor = (register: Register, text: string): string | null =>
  register.organisations.find((o) => patternsOf(o.pattern).some((p) => occursIn(p, text)))?.actor ?? null

/** The actor the register's role words suggest for a role or description ("U.S. Secretary of State" → us). */
export const roleActor = (register: Register, text: string): string | null =>
  register.roles.find((r) => patternsOf(r.pattern).some((p) => occursIn(p, text)))?.actor ?? organisationActor(register, text)

/** Whether the register names this as an organisation or place, so it is not read as a person's surname. */
export const isRegisteredOrganisation = (register: Register, name: string): boolean =>
  register.organisations.some((o) => patternsOf(o.pattern).some((p) => normalise(p) === normalise(name.replace(/^the\s+/i, ''))))

export interface ActorMatch {
  actor: string | null
  /** person: the register lists the speaker; organisation / role: inferred from the register's patterns. */
  via: 'person' | 'organisation' | 'role' | null
}

/** The actor for a resolved speaker, through the register only. */
export const actorOf = (register: Register, speaker: Speaker, isOrganisation: boolean): ActorMatch => {
  const person = personOf(register, speaker.name)
  if (person) return { actor: person.actor, via: 'person' }
  if (isOrganisation) {
    const actor = organisationActor(register, speaker.name) ?? roleActor(register, speaker.name)
    return { actor, via: actor ? 'organisation' : null }
  }
  const actor = speaker.role ? roleActor(register, speaker.role) : null
  return { actor, via: actor ? 'role' : null }
}

/** Whether the register lists this person by name or alias. */
export const isKnownPerson = (register: Register, name: string): boolean => personOf(register, name) !== undefined
