import type { Context } from 'hono'
import type { Catalog } from '../factsheet/catalog'

/** What every route finds on the context: the catalog of the source the app was created with. */
export interface AppEnv {
  Bindings: { BENCH_ROUTES?: string }
  Variables: { catalog: Catalog }
}

export type AppContext = Context<AppEnv>
