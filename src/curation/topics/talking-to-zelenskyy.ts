import { kirby } from '../speakers'
import { kirbyRferlP8, kirbyVoaP25 } from '../shared-statements'
import type { Topic } from '../types'

export const talkingToZelenskyy: Topic = {
  slug: 'talking-to-zelenskyy',
  title: 'Whether Xi talks to Zelenskyy, and Ukraine’s voice in negotiations',
  summary:
    'Whether Xi should speak with Ukraine’s President Zelenskyy as well as with Putin, and whether Ukraine’s views are part of any negotiation. The White House repeatedly urged Xi to talk to Zelenskyy and said a negotiation that incorporates Ukrainian views could be seen as impartial; CNN reports that China’s plan was drawn up without Kyiv’s involvement. These sources report no statement on the question from Ukraine, Russia, China or NATO.',
  positions: {
    us: {
      stance: 'supports',
      summary:
        'Kirby said Xi should talk to Zelenskyy and hear Ukraine’s perspective, criticised him for going to Moscow without having done so, and said a negotiation incorporating Ukrainian views could be seen as impartial.',
      statements: [
        kirbyVoaP25,
        kirbyRferlP8,
        {
          kind: 'paraphrase',
          speaker: kirby,
          date: '2023-03-21',
          dateNote:
            'Bloomberg (published Tuesday 21 March) does not date Kirby’s remarks to reporters at the White House, made after Xi flew to Moscow on 20 March; article date used.',
          reports: [
            {
              article: 'bloomberg',
              paragraph: 'p6',
              text: 'John Kirby, a spokesman for the U.S. National Security Council, tore into Xi for flying “all the way to Moscow” without yet speaking to Ukraine’s President Volodymyr Zelenskyy.',
            },
          ],
        },
        {
          kind: 'quote',
          speaker: kirby,
          date: '2023-03-21',
          dateNote:
            'Bloomberg (published Tuesday 21 March) does not date Kirby’s remarks to reporters at the White House, made after Xi flew to Moscow on 20 March; article date used.',
          reports: [
            {
              article: 'bloomberg',
              paragraph: 'p8',
              text: 'Now look, if if he’s willing to talk to President Zelenskyy and willing to get the other side and, if any future potential negotiation can incorporate Ukrainian views and perspectives',
            },
            {
              article: 'bloomberg',
              paragraph: 'p8',
              text: 'then that’s something that that could be seen as impartial.',
            },
          ],
        },
      ],
    },
    ukraine: {
      stance: 'none',
      summary: 'These sources report no Ukrainian statement on whether Xi should speak with Zelenskyy or on Ukraine’s part in any negotiation.',
      statements: [],
    },
    russia: {
      stance: 'none',
      summary: 'These sources report no Russian statement on whether Xi should speak with Zelenskyy.',
      statements: [],
    },
    china: {
      stance: 'none',
      summary:
        'These sources report no Chinese statement on whether Xi will speak with Zelenskyy; CNN reports that China’s plan was drawn up without any involvement by Kyiv.',
      statements: [
        {
          kind: 'characterisation',
          speaker: { name: 'China', role: 'as characterised by the outlet' },
          date: '2023-03-21',
          dateNote: 'Date of the report.',
          reports: [
            {
              article: 'cnn',
              paragraph: 'p3',
              text: 'China’s plan — what Calls for a ceasefire and talks, but included no provision for Moscow to withdraw its forces from Ukrainian soil — drawn up without any involvement by Kiev.',
            },
          ],
        },
      ],
    },
    nato: {
      stance: 'none',
      summary: 'These sources report no NATO statement on whether Xi should speak with Zelenskyy or on Ukraine’s part in any negotiation.',
      statements: [],
    },
  },
  figures: [],
}
