import { blinken, danilov, putin, xi } from '../speakers'
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
        {
          kind: 'quote',
          speaker: blinken,
          date: '2023-03-20',
          dateNote: 'RFE/RL (published 20 March) gives no day for Blinken’s remarks to reporters; VOA and CNN date his remarks to Monday.',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p13',
              text: 'The world should not be fooled by any tactical move by Russia, supported by China or any other country, to freeze the war on its own terms',
            },
          ],
        },
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
        {
          kind: 'characterisation',
          speaker: { name: 'US officials', role: 'as characterised by the outlet' },
          date: '2023-03-21',
          dateNote: 'Date of the report; the officials’ statements are not dated.',
          reports: [
            {
              article: 'ap',
              paragraph: 'p6',
              text: 'U.S. officials have already dismissed the plan or any subsequent peace proposals that result from Xi’s trip to Moscow while warning that Beijing could seek to position itself as a peacemaker.',
            },
            { article: 'bloomberg', paragraph: 'p3', text: 'The U.S. and its allies have rejected the Chinese initiative as biased toward Russia' },
          ],
        },
      ],
    },
    ukraine: {
      stance: 'conditional',
      summary: 'Ukraine’s security council secretary said the first point of any settlement must be the withdrawal of Russian troops from Ukraine.',
      statements: [
        {
          kind: 'quote',
          speaker: danilov,
          date: '2023-03-20',
          reports: [
            {
              article: 'voa',
              paragraph: 'p20',
              text: 'The first and main point is the capitulation or withdrawal of the Russian occupation troops from the territory of Ukraine in accordance with the norms of international law and the U.N. Charter',
            },
            {
              kind: 'paraphrase',
              article: 'cnn',
              paragraph: 'p19',
              text: 'said on Twitter that day that “successful implementation” of the Chinese “peace plan” must begin with the “surrender or withdrawal” of Russian forces from Ukrainian territory.',
            },
          ],
        },
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
        {
          kind: 'quote',
          speaker: putin,
          date: '2023-03-21',
          reports: [
            {
              article: 'bloomberg',
              paragraph: 'p2',
              text: 'Many of the provisions of the peace plan proposed by China are in line with Russian approaches and could be used as the basis for a resolution when Kyiv and the West are ready for it',
            },
            {
              article: 'ap',
              paragraph: 'p3',
              text: 'We believe that many of the provisions of the peace plan put forward by China are consonant with Russian approaches and can be taken as the basis for a peaceful settlement when they are ready for that in the West and in Kyiv. However, so far we see no such readiness from their side',
            },
            { article: 'cnn', paragraph: 'p5', text: 'can be taken as a basis for a peaceful settlement in Ukraine, when the West and Kyiv are ready for it.' },
          ],
        },
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
