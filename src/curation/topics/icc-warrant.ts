import { blinken } from '../speakers'
import { blinkenRferlP14 } from '../shared-statements'
import type { Topic } from '../types'

export const iccWarrant: Topic = {
  slug: 'icc-warrant',
  title: 'The ICC arrest warrant for Putin and the “diplomatic cover” charge',
  summary:
    'The International Criminal Court’s arrest warrant for Putin, issued days before Xi’s visit, and the US charge that the visit gave Russia diplomatic cover. Russia has ignored the allegations as null and void; the US Secretary of State said the timing showed Beijing was providing Moscow with diplomatic cover to commit further crimes. These sources report no Chinese, Ukrainian or NATO statement on the warrant.',
  positions: {
    us: {
      stance: 'supports',
      summary:
        'Blinken noted that Xi’s visit came days after the ICC issued its warrant for Putin and said the timing showed Beijing was providing Moscow with diplomatic cover to commit further crimes.',
      statements: [
        blinkenRferlP14,
        {
          kind: 'paraphrase',
          speaker: blinken,
          date: '2023-03-20',
          dateNote: 'CNN dates the remarks to Monday.',
          reports: [
            {
              article: 'cnn',
              paragraph: 'p16',
              text: 'He noted that this came days after the International Criminal Court in The Hague issued Arrest warrant To Putin.',
            },
          ],
        },
      ],
    },
    ukraine: {
      stance: 'none',
      summary: 'These sources report no Ukrainian statement on the ICC arrest warrant or on the diplomatic-cover charge.',
      statements: [],
    },
    russia: {
      stance: 'opposes',
      summary: 'VOA reports that Russia has ignored the allegations against Putin as null and void.',
      statements: [
        {
          kind: 'characterisation',
          speaker: { name: 'Russia', role: 'as characterised by the outlet' },
          date: '2023-03-20',
          dateNote: 'Date of the report; the Russian response is not dated.',
          reports: [{ article: 'voa', paragraph: 'p13', text: 'Russia has ignored the allegations as “null and void.”' }],
        },
      ],
    },
    china: {
      stance: 'none',
      summary: 'These sources report no Chinese statement on the ICC arrest warrant or on the diplomatic-cover charge.',
      statements: [],
    },
    nato: {
      stance: 'none',
      summary: 'These sources report no NATO statement on the ICC arrest warrant or on the diplomatic-cover charge.',
      statements: [],
    },
  },
  figures: [
    {
      label: 'Children the ICC charges Putin with illegally deporting from Ukraine to Russia',
      value: 'Thousands',
      reports: [
        {
          article: 'voa',
          paragraph: 'p13',
          text: 'the International Criminal Court in The Hague charged Putin with the illegal deportation of thousands of children from Ukraine to Russia.',
        },
      ],
    },
  ],
}
