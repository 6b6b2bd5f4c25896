import type { Speaker } from './types'

// One name and role per person, so every topic, the actor pages and search agree on who said what.
export const blinken: Speaker = { name: 'Antony Blinken', role: 'US Secretary of State' }
export const kirby: Speaker = { name: 'John Kirby', role: 'White House National Security Council spokesman' }
export const danilov: Speaker = { name: 'Oleksiy Danilov', role: 'Secretary of Ukraine’s National Security and Defense Council' }
export const putin: Speaker = { name: 'Vladimir Putin', role: 'President of Russia' }
export const peskov: Speaker = { name: 'Dmitry Peskov', role: 'Kremlin spokesman' }
export const xi: Speaker = { name: 'Xi Jinping', role: 'President of China' }
export const wang: Speaker = { name: 'Wang Wenbin', role: 'Chinese Foreign Ministry spokesperson' }
export const stoltenberg: Speaker = { name: 'Jens Stoltenberg', role: 'NATO Secretary-General' }
export const chineseMfa: Speaker = { name: 'Chinese Ministry of Foreign Affairs', role: 'Foreign ministry of China' }
