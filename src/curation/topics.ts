import { ceasefireWithdrawal } from './topics/ceasefire-withdrawal'
import { chinaAsBroker } from './topics/china-as-broker'
import { energyTrade } from './topics/energy-trade'
import { hegemonyNarrative } from './topics/hegemony-narrative'
import { iccWarrant } from './topics/icc-warrant'
import { lethalAid } from './topics/lethal-aid'
import { peacePlan } from './topics/peace-plan'
import { russiaChinaPartnership } from './topics/russia-china-partnership'
import { talkingToZelenskyy } from './topics/talking-to-zelenskyy'
import type { Topic } from './types'

/** Every curated topic, in the order the index lists them. */
export const topics: Topic[] = [
  peacePlan,
  ceasefireWithdrawal,
  chinaAsBroker,
  talkingToZelenskyy,
  lethalAid,
  iccWarrant,
  russiaChinaPartnership,
  energyTrade,
  hegemonyNarrative,
]
