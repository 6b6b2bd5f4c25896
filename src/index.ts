import { createApp } from './app'
import { bundledSource } from './source/bundled'
import { warmUpPages } from './warm-up'

warmUpPages(bundledSource.catalog())

export default createApp(bundledSource)
