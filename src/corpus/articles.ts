import voaText from '../../seeds/000_b03f81a0b77b8ec1.txt'
import rferlText from '../../seeds/001_280e88f58354062b.txt'
import bloombergText from '../../seeds/002_15651f2a7b33a7a7.txt'
import cnnText from '../../seeds/003_ad08c0046caf7124.txt'
import apText from '../../seeds/004_8a2239eed720483e.txt'
import type { ArticleMeta } from './parse-article'

/** The five seed files with what a curator established about each. Order is the order sources are listed. */
export const seedArticles: { raw: string; meta: ArticleMeta }[] = [
  {
    raw: voaText,
    meta: {
      id: 'voa',
      file: '000_b03f81a0b77b8ec1.txt',
      outlet: 'VOA',
      affiliation: 'Voice of America, funded by the US government',
      ownership: 'US government-funded',
      newsroom: 'VOA',
      date: {
        iso: '2023-03-20',
        basis: 'The text reports the Kremlin meeting "Monday" and its photo captions date it March 20, 2023; talks "would continue Tuesday".',
      },
      credit: { text: "White House Bureau Chief Patsy Widakuswara and Paris Huang of VOA's Mandarin service contributed to this report. Some material for this report came from The Associated Press and Reuters.", from: 'line' },
      furniture: [
        {
          reason: 'photo-caption',
          lines: [
            'Russian President Vladimir Putin and Chinese President Xi Jinping attend a meeting at the Kremlin in Moscow, Russia, March 20, 2023.',
            "China's President Xi Jinping walks past honour guards during a welcoming ceremony at Moscow's Vnukovo airport on March 20, 2023.",
          ],
        },
        {
          reason: 'byline-box',
          lines: [
            '16x9 Image',
            'VOA News',
            'The Voice of America provides news and information in more than 40 languages to an estimated weekly audience of over 326 million people. Stories with the VOA News byline are the work of multiple VOA journalists and may contain information from wire service reports.',
          ],
        },
      ],
    },
  },
  {
    raw: rferlText,
    meta: {
      id: 'rferl',
      file: '001_280e88f58354062b.txt',
      outlet: 'RFE/RL',
      affiliation: 'Radio Free Europe/Radio Liberty, funded by the US government',
      ownership: 'US government-funded',
      newsroom: 'RFE/RL',
      date: {
        iso: '2023-03-20',
        basis: 'The text dates the meeting "on March 20" and says broader talks "are scheduled to take place on March 21"; the year is that of the other seeds.',
      },
      credit: { text: '(RFE/RL)', from: 'lede' },
      furniture: [
        {
          reason: 'byline-box',
          lines: ['RFE/RL journalists report the news in 21 countries where a free press is banned by the government or not fully established.'],
        },
      ],
    },
  },
  {
    raw: bloombergText,
    meta: {
      id: 'bloomberg',
      file: '002_15651f2a7b33a7a7.txt',
      outlet: 'Bloomberg',
      affiliation: 'Bloomberg News, privately owned (Bloomberg L.P.), distributed by Tribune Content Agency',
      ownership: 'privately owned',
      newsroom: 'Bloomberg',
      date: {
        iso: '2023-03-21',
        basis: 'The text reports "two days of talks" and what Putin "said Tuesday"; the copyright line gives 2023 and the talks began Monday March 20.',
      },
      credit: { text: 'Bloomberg News, Bloomberg News on', from: 'line' },
      furniture: [],
    },
  },
  {
    raw: cnnText,
    meta: {
      id: 'cnn',
      file: '003_ad08c0046caf7124.txt',
      outlet: 'CNN',
      affiliation: 'CNN, privately owned (Warner Bros. Discovery)',
      ownership: 'privately owned',
      newsroom: 'CNN',
      date: {
        iso: '2023-03-21',
        basis: 'The text reports the summit "on Tuesday" and its photo captions date it March 21, 2023.',
      },
      credit: { text: 'CNN’s Michael Conte, Kylie Atwood, Svitlana Vlasova, Anna Chernova, Duarte Mendonca, Xiaofei Xu and Wayne Chang contributed to this report.', from: 'line' },
      qualityNote:
        'This copy of the CNN report is a garbled machine re-translation: its quotes differ from the wording other outlets report, and some sentences are scrambled. Prefer another outlet’s wording where one exists.',
      furniture: [
        {
          reason: 'photo-caption',
          lines: [
            'President Putin walks with his Chinese counterpart Xi Jinping at the Kremlin on March 21, 2023 in Moscow.',
            'Russian Prime Minister Mikhail Mishustin meets Chinese President Xi Jinping in Moscow on March 21, 2023.',
            'Chinese President Xi Jinping, accompanied by Russian Deputy Prime Minister Dmitry Chernyshenko, walks past a guard of honor during a welcome ceremony at Vnukovo Airport in Moscow, March 20, 2023.',
          ],
        },
        { reason: 'section-heading', lines: ['‘Diplomatic Cover’'] },
      ],
    },
  },
  {
    raw: apText,
    meta: {
      id: 'ap',
      file: '004_8a2239eed720483e.txt',
      outlet: 'AP via Washington Examiner',
      affiliation: 'An Associated Press report republished by the Washington Examiner (privately owned)',
      ownership: 'AP wire, republished',
      newsroom: 'AP',
      date: {
        iso: '2023-03-21',
        basis: 'The text quotes Putin’s Tuesday (March 21) remarks, refers to Kirby "on Monday" and to Xi’s visit "this week"; the copyright line gives 2023. It may have been published later that week.',
      },
      credit: { text: '(AP News) AP', from: 'line' },
      furniture: [{ reason: 'photo-caption', lines: ['APTOPIX Russia China'] }],
    },
  },
]
