import type { ActorId } from '../curation/types'
import type { FactSheet } from '../factsheet/model'
import { factSheetJson } from './json'

/** A fact sheet's JSON, saying which actors a filter kept and left out, so a consumer never mistakes silence for absence. */
export const filteredFactSheetJson = (sheet: FactSheet, dataVersion: string, actors: readonly ActorId[], all: readonly ActorId[]) =>
  Object.assign(factSheetJson(sheet, dataVersion), { actorFilter: { actors, omitted: all.filter((id) => !actors.includes(id)) } })
