import { createApp } from './app'
import { bundledSource } from './source/bundled'

export default createApp(bundledSource)
