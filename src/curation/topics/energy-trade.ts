import { putin } from '../speakers'
import { putinCnnP11, xiCnnP11 } from '../shared-statements'
import type { Topic } from '../types'

export const energyTrade: Topic = {
  slug: 'energy-trade',
  title: 'Energy and trade between Russia and China',
  summary:
    'Russian oil and gas sales to China, the Power of Siberia 2 pipeline, rising bilateral trade, Western sanctions and China’s role as a transit route for goods. Putin hailed rising trade, offered more oil and said almost all parameters of the pipeline deal were agreed, though no agreement was announced; the United States and its Western allies have imposed sanctions to curb Russia’s foreign business. These sources report no Ukrainian or NATO statement on the subject.',
  positions: {
    us: {
      stance: 'opposes',
      summary:
        'These sources quote no US official on Russia-China trade; VOA reports that the US and its Western allies have imposed widespread sanctions to curb Russia’s foreign business transactions in retaliation for the invasion.',
      statements: [
        {
          kind: 'characterisation',
          speaker: { name: 'United States', role: 'as characterised by the outlet' },
          date: '2023-03-20',
          dateNote: 'Date of the report; the sanctions are not dated.',
          reports: [
            {
              article: 'voa',
              paragraph: 'p3',
              text: 'the U.S. and its Western allies have imposed widespread sanctions to curb Russia\'s foreign business transactions in retaliation for its invasion of Ukraine.',
            },
          ],
        },
      ],
    },
    ukraine: {
      stance: 'none',
      summary: 'These sources report no Ukrainian statement on Russia-China energy and trade.',
      statements: [],
    },
    russia: {
      stance: 'supports',
      summary:
        'Putin hailed rising trade, said Russia was ready to increase oil supplies to China without interruption and that almost all parameters of the Power of Siberia 2 gas pipeline accord had been agreed, though no agreement was announced.',
      statements: [
        {
          kind: 'paraphrase',
          speaker: putin,
          date: '2023-03-21',
          dateNote: 'Bloomberg: remarks after two days of talks; date of the report.',
          reports: [{ article: 'bloomberg', paragraph: 'p10', text: 'Putin hailed rising trade between the two countries' }],
        },
        {
          kind: 'quote',
          speaker: putin,
          date: '2023-03-21',
          dateNote: 'Remarks after the talks on Tuesday; date of the report.',
          reports: [
            {
              article: 'cnn',
              paragraph: 'p12',
              text: 'China is the leading importer of Russian oil, and at the same time Russia is ready to increase its supply of oil uninterruptedly for the needs of the Chinese economy',
            },
          ],
        },
        {
          kind: 'paraphrase',
          speaker: putin,
          date: '2023-03-21',
          dateNote: 'Remarks after the talks; date of the reports.',
          reports: [
            {
              article: 'bloomberg',
              paragraph: 'p10',
              text: 'said he’d discussed the Power of Siberia 2 pipeline to carry more Russian gas to China but didn’t announce an agreement.',
            },
            {
              article: 'cnn',
              paragraph: 'p13',
              text: 'Putin added that further development in Russian gas exports to China was discussed, including “the implementation of the initiative to build the Power 2 gas pipeline of Siberia through the Mongolian border.”',
            },
          ],
        },
        {
          kind: 'quote',
          speaker: putin,
          date: '2023-03-21',
          dateNote: 'Remarks after the talks; date of the report.',
          reports: [{ article: 'bloomberg', paragraph: 'p10', text: 'Almost all the parameters of this accord have been agreed' }],
        },
        putinCnnP11,
        {
          kind: 'characterisation',
          speaker: { name: 'Russia', role: 'as characterised by the outlet' },
          date: '2023-03-21',
          dateNote: 'Date of the report.',
          reports: [
            {
              article: 'bloomberg',
              paragraph: 'p9',
              text: 'Russia has become increasingly dependent on China for trade with other markets cut off, but there was little sign of new deals.',
            },
          ],
        },
        {
          kind: 'characterisation',
          speaker: { name: 'Russia', role: 'as characterised by the outlet' },
          date: '2023-03-20',
          dateNote: 'Date of the report.',
          reports: [
            {
              article: 'voa',
              paragraph: 'p3',
              text: 'Their growing alliance also facilitates economic deals, such as shipment of Russian oil and natural gas to China',
            },
          ],
        },
      ],
    },
    china: {
      stance: 'supports',
      summary:
        'These sources quote no Chinese official on energy or trade; CNN reports that both leaders signalled a desire to boost ties including on energy, and the outlets describe China as a buyer of Russian oil and gas and a crucial transit route for goods banned by the West.',
      statements: [
        xiCnnP11,
        {
          kind: 'characterisation',
          speaker: { name: 'China', role: 'as characterised by the outlet' },
          date: '2023-03-20',
          dateNote: 'Date of the report.',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p26',
              text: 'China has become a crucial transit route for Russia to import goods banned by the West.',
            },
          ],
        },
        {
          kind: 'characterisation',
          speaker: { name: 'China', role: 'as characterised by the outlet' },
          date: '2023-03-20',
          dateNote: 'Date of the report.',
          reports: [
            {
              article: 'voa',
              paragraph: 'p3',
              text: 'Their growing alliance also facilitates economic deals, such as shipment of Russian oil and natural gas to China',
            },
          ],
        },
      ],
    },
    nato: {
      stance: 'none',
      summary: 'These sources report no NATO statement on Russia-China energy and trade.',
      statements: [],
    },
  },
  figures: [],
}
