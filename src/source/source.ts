import type { Catalog } from '../factsheet/catalog'

/**
 * Where the app gets what it serves: handed to createApp, read by routes from the context. The bundled source
 * answers from compiled JSON; a database-backed source would load the catalog for the data version it holds.
 */
export interface CatalogSource {
  catalog: (env: unknown) => Catalog | Promise<Catalog>
}
