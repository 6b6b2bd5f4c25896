import { kirby, peskov, putin, wang, xi, chineseMfa } from '../speakers'
import { blinkenRferlP14, chinaVoaP3, kirbyRferlP7, putinCnnP11, putinRferlP17, putinVoaP11, russiaVoaP3, wangVoaP14, xiCnnP11, peoplesDailyNote } from '../shared-statements'
import type { Topic } from '../types'


export const russiaChinaPartnership: Topic = {
  slug: 'russia-china-partnership',
  title: 'The Russia-China partnership',
  summary:
    'How Putin and Xi presented their relationship during Xi’s three-day visit to Moscow, and how others judged it. Putin called it a partnership of equals with relations at an all-time high and Xi spoke of a “strategic partnership”, both signalling closer ties; US officials called it “a bit of a marriage of convenience” and said the visit gave Moscow diplomatic cover. These sources report nothing from Ukraine or NATO on the partnership itself.',
  positions: {
    us: {
      stance: 'opposes',
      summary:
        'Kirby described the relationship as a marriage of convenience between two countries that have long chafed at US leadership, and Blinken denounced the visit as giving Moscow diplomatic cover; days earlier Kirby had noted that both sides were improving their relationship.',
      statements: [
        {
          kind: 'quote',
          speaker: kirby,
          date: '2023-03-20',
          dateNote: 'RFE/RL gives no day for the briefing at which Kirby also spoke of “a bit of a marriage of convenience”; date of the report (Monday 20 March).',
          reports: [{ article: 'rferl', paragraph: 'p6', text: 'a bit of a marriage of convenience' }],
        },
        kirbyRferlP7,
        blinkenRferlP14,
        {
          kind: 'quote',
          speaker: kirby,
          date: '2023-03-17',
          dateNote: 'VOA: Kirby told VOA on Friday, i.e. 17 March.',
          reports: [
            {
              article: 'voa',
              paragraph: 'p25',
              text: 'We know that China and Russia have been improving and increasing their relationship in many different ways, both sides have been.',
            },
          ],
        },
        {
          kind: 'characterisation',
          speaker: { name: 'United States', role: 'as characterised by the outlet' },
          date: '2023-03-21',
          dateNote: 'Date of the report.',
          reports: [
            {
              article: 'bloomberg',
              paragraph: 'p4',
              text: 'amid efforts by the US and its allies to isolate Putin over his invasion of Ukraine.',
            },
          ],
        },
      ],
    },
    ukraine: {
      stance: 'none',
      summary: 'These sources report no Ukrainian statement on the Russia-China partnership.',
      statements: [],
    },
    russia: {
      stance: 'supports',
      summary:
        'Putin called the visit a landmark event reaffirming the special nature of the partnership, described it as one of equals, said relations had never been stronger and were at an all-time high, and pledged even closer ties; Kremlin officials said a return visit to China was possible.',
      statements: [
        {
          kind: 'quote',
          speaker: putin,
          date: '2023-03-19',
          dateNote: peoplesDailyNote,
          reports: [
            { article: 'voa', paragraph: 'p10', text: 'landmark event' },
            { article: 'voa', paragraph: 'p10', text: 'reaffirms the special nature of the Russia-China partnership.' },
          ],
        },
        putinVoaP11,
        putinRferlP17,
        {
          kind: 'paraphrase',
          speaker: putin,
          date: '2023-03-19',
          dateNote:
            'RFE/RL says only “ahead of the visit” (which began on 20 March); it goes on to cite his 19 March People’s Daily article.',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p16',
              text: 'Ahead of the visit, Putin touted his relationship with Xi and boasted that Moscow-Beijing relations had never been stronger.',
            },
          ],
        },
        {
          kind: 'paraphrase',
          speaker: putin,
          date: '2023-03-20',
          dateNote: 'RFE/RL gives no date or occasion; date of the report.',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p24',
              text: 'Putin described the Russian-Chinese partnership as one of equals, saying there is no “leader and follower.”',
            },
          ],
        },
        {
          kind: 'quote',
          speaker: putin,
          date: '2023-03-20',
          reports: [{ article: 'rferl', paragraph: 'p1', text: 'dear friend' }],
        },
        {
          kind: 'quote',
          speaker: putin,
          date: '2023-03-20',
          dateNote: 'VOA: opening remarks before the closed-door talks on Monday.',
          reports: [{ article: 'voa', paragraph: 'p4', text: 'slightly envious' }],
        },
        {
          kind: 'quote',
          speaker: peskov,
          date: '2023-03-20',
          dateNote: 'VOA: said earlier Monday.',
          reports: [
            { article: 'voa', paragraph: 'p5', text: 'detailed explanation' },
            { article: 'rferl', paragraph: 'p5', text: 'detailed explanation' },
          ],
        },
        {
          kind: 'paraphrase',
          speaker: peskov,
          date: '2023-03-20',
          reports: [
            {
              article: 'voa',
              paragraph: 'p6',
              text: 'He said talks would continue Tuesday on a range of subjects and involve officials from both countries.',
            },
            {
              article: 'rferl',
              paragraph: 'p5',
              text: 'Broader talks between Russian and Chinese officials on a range of subjects are scheduled to take place on March 21, he added.',
            },
          ],
        },
        {
          kind: 'quote',
          speaker: putin,
          date: '2023-03-21',
          dateNote: 'CNN: joint statement to the media on the second day of the visit.',
          reports: [
            {
              article: 'cnn',
              paragraph: 'p6',
              text: 'All of our talks today and yesterday were successful in a one-on-one format and with representatives, and took place in a friendly atmosphere',
            },
          ],
        },
        {
          kind: 'paraphrase',
          speaker: putin,
          date: '2023-03-21',
          dateNote: 'Bloomberg: after two days of talks; date of the report.',
          reports: [
            {
              article: 'bloomberg',
              paragraph: 'p1',
              text: 'Russian President Vladimir Putin pledged even closer ties with Russia’s most powerful backer',
            },
          ],
        },
        putinCnnP11,
        {
          kind: 'quote',
          speaker: putin,
          date: '2023-03-21',
          dateNote: 'CNN: speech at the start of Tuesday’s dinner.',
          reports: [{ article: 'cnn', paragraph: 'p14', text: 'Russia-China relations are at an all-time high.' }],
        },
        {
          kind: 'paraphrase',
          speaker: { name: 'Kremlin officials', role: 'unnamed Russian officials' },
          date: '2023-03-21',
          dateNote: 'Date of the report; Bloomberg gives no day.',
          reports: [
            {
              article: 'bloomberg',
              paragraph: 'p4',
              text: 'something Kremlin officials said was a possibility.',
            },
          ],
        },
        {
          kind: 'characterisation',
          speaker: { name: 'Russia', role: 'as characterised by the outlet' },
          date: '2023-03-20',
          dateNote: 'Date of the reports.',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p2',
              text: 'a three-day visit that the two countries say is an opportunity to deepen their “no-limits friendship”',
            },
            { article: 'voa', paragraph: 'p1', text: 'what they call their "limitless" friendship.' },
          ],
        },
        russiaVoaP3,
      ],
    },
    china: {
      stance: 'supports',
      summary:
        'Xi spoke of a strategic partnership that would uphold fairness and justice and of relations critical to world order, and invited Putin and Prime Minister Mishustin to visit China; the foreign ministry spokesman called the trip a journey of friendship, cooperation and peace, and the foreign ministry said both sides oppose any country seeking advantages to the detriment of others’ legitimate security interests.',
      statements: [
        {
          kind: 'quote',
          speaker: xi,
          date: '2023-03-20',
          dateNote: 'RFE/RL: as the meeting began on 20 March.',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p4',
              text: 'We hope that the strategic partnership between China and Russia will on the one hand uphold international fairness and justice, and on the other hand promote the common prosperity and development of our countries',
            },
          ],
        },
        {
          kind: 'quote',
          speaker: xi,
          date: '2023-03-20',
          reports: [{ article: 'rferl', paragraph: 'p1', text: 'dear friend' }],
        },
        wangVoaP14,
        {
          kind: 'quote',
          speaker: wang,
          date: '2023-03-20',
          dateNote: 'VOA gives no day; spoken in Beijing before the talks. Date of the report.',
          reports: [
            {
              article: 'voa',
              paragraph: 'p16',
              text: 'President Xi will have an in-depth exchange of views with President Putin on bilateral relations and major international and regional issues of common concern.',
            },
          ],
        },
        {
          kind: 'quote',
          speaker: wang,
          date: '2023-03-20',
          dateNote: 'VOA gives no day; spoken in Beijing before the talks. Date of the report.',
          reports: [
            {
              article: 'voa',
              paragraph: 'p17',
              text: 'promote strategic coordination and practical cooperation between the two countries and inject new impetus into the development of bilateral relations.',
            },
          ],
        },
        {
          kind: 'quote',
          speaker: xi,
          date: '2023-03-21',
          dateNote: 'CNN: remarks to the media on the second day of the visit, after Putin’s statement.',
          reports: [
            {
              article: 'cnn',
              paragraph: 'p7',
              text: 'I have developed a close relationship with President Putin over the past 10 years',
            },
            {
              article: 'cnn',
              paragraph: 'p7',
              text: 'We agreed that the relations between our two countries go beyond ourselves. They are critical to world order and the future and destiny of all humanity.',
            },
          ],
        },
        {
          kind: 'paraphrase',
          speaker: xi,
          date: '2023-03-21',
          dateNote: 'Date of the report; Bloomberg gives no day.',
          reports: [
            { article: 'bloomberg', paragraph: 'p4', text: 'Xi touted the close relationship between the two countries' },
          ],
        },
        xiCnnP11,
        {
          kind: 'paraphrase',
          speaker: xi,
          date: '2023-03-21',
          dateNote: 'Date of the report; Bloomberg gives no day.',
          reports: [
            {
              article: 'bloomberg',
              paragraph: 'p4',
              text: 'Xi invited Putin to make a return visit to China later this year',
            },
          ],
        },
        {
          kind: 'paraphrase',
          speaker: xi,
          date: '2023-03-21',
          dateNote: 'CNN, citing TASS: a meeting on Tuesday morning.',
          reports: [
            {
              article: 'cnn',
              paragraph: 'p21',
              text: 'Xi invited Russian Prime Minister Mikhail Mishustin to visit China during a meeting on Tuesday morning, TASS reported.',
            },
          ],
        },
        {
          kind: 'quote',
          speaker: chineseMfa,
          date: '2023-03-21',
          dateNote: 'Statement after the talks; date of the reports.',
          reports: [
            {
              article: 'ap',
              paragraph: 'p4',
              text: 'The two sides oppose the practice by any country or group of countries to seek advantages in the military, political and other areas to the detriment of the legitimate security interests of other countries.',
            },
            {
              kind: 'paraphrase',
              article: 'cnn',
              paragraph: 'p8',
              text: 'both sides opposed any country or group of countries that would harm “the legitimate security interests of other countries in pursuit of military, political or other advantages.”',
            },
          ],
        },
        {
          kind: 'characterisation',
          speaker: { name: 'China', role: 'as characterised by the outlet' },
          date: '2023-03-20',
          dateNote: 'Date of the reports.',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p2',
              text: 'a three-day visit that the two countries say is an opportunity to deepen their “no-limits friendship”',
            },
            { article: 'voa', paragraph: 'p1', text: 'what they call their "limitless" friendship.' },
          ],
        },
        chinaVoaP3,
      ],
    },
    nato: {
      stance: 'none',
      summary:
        'These sources report no NATO statement on the Russia-China partnership itself; NATO’s remarks in these sources concern possible Chinese lethal aid to Russia.',
      statements: [],
    },
  },
  figures: [
    {
      label: 'Length of the first day’s talks (VOA, citing Russian news agencies)',
      value: 'nearly 4 1/2 hours, before breaking for dinner',
      reports: [
        {
          article: 'voa',
          paragraph: 'p5',
          text: 'Russian news agencies later reported that the two leaders talked for nearly 4 1/2 hours before breaking for dinner.',
        },
      ],
    },
    {
      label: 'Length of the first day’s meeting (RFE/RL)',
      value: 'more than four hours, including a dinner',
      reports: [
        { article: 'rferl', paragraph: 'p5', text: 'The meeting ended after more than four hours, including a dinner' },
      ],
    },
    {
      label: 'Meetings between Putin and Xi',
      value: 'about 40 over the past 13 years',
      reports: [
        {
          article: 'rferl',
          paragraph: 'p23',
          text: 'Putin and Xi have met about 40 times in various capacities over the past 13 years.',
        },
      ],
    },
    {
      label: 'Length of the visit',
      value: 'three days',
      reports: [
        { article: 'voa', paragraph: 'p3', text: 'The Chinese leader\'s three-day visit to Moscow' },
        { article: 'rferl', paragraph: 'p2', text: 'which kicks off a three-day visit' },
      ],
    },
    {
      label: 'Days of talks',
      value: 'two',
      reports: [{ article: 'bloomberg', paragraph: 'p1', text: 'After two days of talks with Chinese President Xi Jinping' }],
    },
    {
      label: 'Time since Xi’s previous visit to Russia',
      value: 'four years',
      reports: [{ article: 'rferl', paragraph: 'p1', text: 'Xi arrived for his first visit to Russia in four years' }],
    },
  ],
}
