import { blinken, putin, xi } from '../speakers'
import { blinkenRferlP13, danilovVoaP20, putinBloombergP2, usOfficialsApP6 } from '../shared-statements'
import type { Topic } from '../types'

export const peacePlan: Topic = {
  slug: 'peace-plan',
  title: 'China’s peace plan for Ukraine',
  summary:
    'China’s 12-point position paper on the war, which calls for a ceasefire and peace talks. Russia welcomed it as a possible basis for a settlement; the United States dismissed it as a way to freeze Russia’s gains; Ukraine’s security council said any settlement must start with a Russian withdrawal.',
  positions: {
    us: {
      stance: 'opposes',
      summary: 'US officials dismissed the plan, warning that it could freeze the war on Russia’s terms and let Russia regroup.',
      statements: [
        blinkenRferlP13,
        {
          kind: 'paraphrase',
          speaker: blinken,
          date: '2023-03-20',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p12',
              text: 'U.S. Secretary of State Antony Blinken voiced skepticism over the proposal, warning that it could be a “stalling tactic” to help Russia on the ground in Ukraine.',
            },
          ],
        },
        usOfficialsApP6,
      ],
    },
    ukraine: {
      stance: 'conditional',
      summary: 'Ukraine’s security council secretary said the first point of any settlement must be the withdrawal of Russian troops from Ukraine.',
      statements: [
        danilovVoaP20,
        {
          kind: 'characterisation',
          speaker: { name: 'Ukraine', role: 'as characterised by the outlet' },
          date: '2023-03-21',
          dateNote: 'Date of the report.',
          reports: [{ article: 'bloomberg', paragraph: 'p3', text: 'Ukraine has also reacted cautiously.' }],
        },
      ],
    },
    russia: {
      stance: 'supports',
      summary: 'Putin welcomed the plan, saying many of its provisions match Russia’s approach and could be a basis for a settlement once Kyiv and the West are ready.',
      statements: [
        putinBloombergP2,
        {
          kind: 'quote',
          speaker: putin,
          date: '2023-03-20',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p11',
              text: 'We will certainly discuss all these issues, including your initiatives which we treat with respect, of course.',
            },
          ],
        },
        {
          kind: 'quote',
          speaker: putin,
          date: '2023-03-19',
          dateNote: 'VOA reports it as said on Sunday, the day before the talks.',
          reports: [{ article: 'voa', paragraph: 'p24', text: 'We welcome China’s willingness to play a constructive role in resolving the crisis' }],
        },
      ],
    },
    china: {
      stance: 'supports',
      summary: 'Xi presented the plan as a constructive basis for a political settlement that reflects the views of the world community.',
      statements: [
        {
          kind: 'quote',
          speaker: xi,
          date: '2023-03-20',
          dateNote: 'Article in Rossiiskaya Gazeta published on Monday 20 March, in the Chinese Mission to the UN’s English translation.',
          reports: [
            {
              article: 'voa',
              paragraph: 'p22',
              text: 'The document serves as a constructive factor in neutralizing the consequences of the crisis and promoting a political settlement',
            },
          ],
        },
        {
          kind: 'quote',
          speaker: xi,
          date: '2023-03-20',
          dateNote:
            'VOA places it in Xi’s Rossiiskaya Gazeta article of Monday 20 March; RFE/RL in “a statement published in Russian media ahead of the visit”. Treated as one sentence in two translations.',
          reports: [
            { article: 'voa', paragraph: 'p22', text: 'Complex problems do not have simple solutions.' },
            { article: 'rferl', paragraph: 'p22', text: 'there is no simple solution to a complex issue' },
          ],
        },
      ],
    },
    nato: {
      stance: 'none',
      summary: 'These sources report no NATO statement on China’s peace plan.',
      statements: [],
    },
  },
  figures: [
    {
      label: 'Points in China’s peace plan',
      value: '12',
      reports: [{ article: 'ap', paragraph: 'p2', text: 'Chinese officials released its 12-point peace plan last month' }],
    },
  ],
}
