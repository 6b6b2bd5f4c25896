import { kirby, putin, wang, xi, chineseMfa } from '../speakers'
import { blinkenRferlP14, chinaCnnP9, chinaVoaP18, kirbyApP8, kirbyRferlP8, kirbyVoaP25, kirbyVoaP9, putinVoaP23, usOfficialsApP6, wangVoaP14 } from '../shared-statements'
import type { Topic } from '../types'


export const chinaAsBroker: Topic = {
  slug: 'china-as-broker',
  title: 'China as an impartial peace broker',
  summary:
    'China’s claim to hold an objective, impartial position on the war and to promote peace talks, and how others judge that claim. Russia thanked China for its “balanced line” and welcomed its willingness to help resolve the crisis; US officials said Beijing was giving Moscow diplomatic cover, and Kirby said China could be seen as impartial if Xi talked to Zelenskyy and any negotiation incorporated Ukrainian views. These sources report no Ukrainian or NATO statement on China’s impartiality.',
  positions: {
    us: {
      stance: 'conditional',
      summary:
        'Kirby said China could be seen as impartial if Xi talks to Zelenskyy and any negotiation incorporates Ukrainian views, urged Xi to press Putin on Ukraine’s sovereignty, and criticised him for going to Moscow without speaking to Zelenskyy; Blinken said Beijing was providing Moscow with diplomatic cover.',
      statements: [
        {
          kind: 'quote',
          speaker: kirby,
          date: '2023-03-21',
          dateNote: 'Bloomberg (published Tuesday 21 March) does not date Kirby’s remarks to reporters at the White House, made after Xi flew to Moscow on 20 March; article date used.',
          reports: [
            {
              article: 'bloomberg',
              paragraph: 'p8',
              text: 'Now look, if if he’s willing to talk to President Zelenskyy and willing to get the other side and, if any future potential negotiation can incorporate Ukrainian views and perspectives',
            },
            { article: 'bloomberg', paragraph: 'p8', text: 'then that’s something that that could be seen as impartial.' },
          ],
        },
        {
          kind: 'paraphrase',
          speaker: kirby,
          date: '2023-03-21',
          dateNote: 'Bloomberg (published Tuesday 21 March) does not date Kirby’s remarks to reporters at the White House, made after Xi flew to Moscow on 20 March; article date used.',
          reports: [
            {
              article: 'bloomberg',
              paragraph: 'p6',
              text: 'tore into Xi for flying “all the way to Moscow” without yet speaking to Ukraine’s President Volodymyr Zelenskyy.',
            },
          ],
        },
        kirbyVoaP9,
        kirbyRferlP8,
        kirbyApP8,
        kirbyVoaP25,
        blinkenRferlP14,
        usOfficialsApP6,
      ],
    },
    ukraine: {
      stance: 'none',
      summary: 'These sources report no Ukrainian statement on whether China is an impartial broker.',
      statements: [],
    },
    russia: {
      stance: 'supports',
      summary:
        'Putin thanked China for its balanced line on the events in Ukraine and welcomed its willingness to play a constructive role in resolving the crisis.',
      statements: [
        putinVoaP23,
        {
          kind: 'quote',
          speaker: putin,
          date: '2023-03-19',
          dateNote: 'VOA reports it as said on Sunday, the day before the talks.',
          reports: [
            {
              article: 'voa',
              paragraph: 'p24',
              text: 'We welcome China\'s willingness to play a constructive role in resolving the crisis',
            },
          ],
        },
        {
          kind: 'characterisation',
          speaker: { name: 'Russia', role: 'as characterised by the outlet' },
          date: '2023-03-21',
          dateNote: 'CNN: during the summit on Tuesday.',
          reports: [
            {
              article: 'cnn',
              paragraph: 'p1',
              text: 'Xi Jinping and Vladimir Putin posed as peace brokers during a summit visit to Moscow on Tuesday',
            },
          ],
        },
      ],
    },
    china: {
      stance: 'supports',
      summary:
        'China’s foreign ministry spokesperson said China would uphold its objective and fair position and promote peace talks, Xi wrote that China has remained impartial and actively promoted peace talks, and the foreign ministry said Russia spoke positively of China’s objective and impartial position.',
      statements: [
        {
          kind: 'quote',
          speaker: wang,
          date: '2023-03-20',
          dateNote: 'VOA gives no day; spoken in Beijing before the talks. Date of the report.',
          reports: [
            {
              article: 'voa',
              paragraph: 'p15',
              text: 'China will uphold its objective and fair position on the Ukrainian crisis and play a constructive role in promoting peace talks.',
            },
          ],
        },
        wangVoaP14,
        {
          kind: 'paraphrase',
          speaker: xi,
          date: '2023-03-20',
          dateNote: 'RFE/RL: article published on March 20 in the Russian Gazette.',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p15',
              text: 'Xi said that China has remained “impartial” and “actively promoted peace talks”',
            },
          ],
        },
        {
          kind: 'paraphrase',
          speaker: xi,
          date: '2023-03-20',
          dateNote:
            'RFE/RL: “a statement published in Russian media ahead of the visit”; taken to be the Rossiiskaya Gazeta article of 20 March.',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p22',
              text: 'While noting that China had made “several proposals” on ending the conflict, Xi said that “there is no simple solution to a complex issue” and that both parties need to “embrace” a common vision to resolve the crisis.',
            },
          ],
        },
        {
          kind: 'quote',
          speaker: chineseMfa,
          date: '2023-03-21',
          dateNote: 'Statement after the talks; date of the reports. These are China’s words about what the Russian side said.',
          reports: [
            { article: 'ap', paragraph: 'p4', text: 'positively of China’s objective and impartial position' },
            {
              kind: 'paraphrase',
              article: 'cnn',
              paragraph: 'p8',
              text: 'According to one reading, Russia spoke favorably of China’s “objective and fair” stance on Ukraine',
            },
          ],
        },
        {
          kind: 'paraphrase',
          speaker: chineseMfa,
          date: '2023-03-21',
          dateNote: 'Same statement; date of the report. China’s account of the Russian side’s position.',
          reports: [
            {
              article: 'ap',
              paragraph: 'p5',
              text: 'Russia reaffirmed its commitment to resuming peace talks, the ministry added, noting that it also welcomes China’s “willingness to play a positive role for the political and diplomatic settlement of the Ukraine crisis and welcomes the constructive proposals set forth in” China’s peace plan.',
            },
          ],
        },
        chinaCnnP9,
        chinaVoaP18,
        {
          kind: 'characterisation',
          speaker: { name: 'China', role: 'as characterised by the outlet' },
          date: '2023-03-21',
          dateNote: 'CNN: during the summit on Tuesday.',
          reports: [
            {
              article: 'cnn',
              paragraph: 'p1',
              text: 'Xi Jinping and Vladimir Putin posed as peace brokers during a summit visit to Moscow on Tuesday',
            },
          ],
        },
      ],
    },
    nato: {
      stance: 'none',
      summary:
        'These sources report no NATO statement on whether China is an impartial broker; NATO’s remarks in these sources concern possible Chinese lethal aid to Russia.',
      statements: [],
    },
  },
  figures: [],
}
