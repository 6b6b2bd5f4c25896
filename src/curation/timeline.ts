import type { Report } from './types'

/** How precise an event's date is: the sources give some events only a month or a year, and we never invent a day. */
export type DatePrecision = 'day' | 'month' | 'year'

/** A dated event the corpus reports, placed on the topic sheets it belongs to. */
export interface TimelineEvent {
  /** Kebab-case, unique: the anchor on the timeline page. */
  id: string
  /** ISO date as precise as the sources allow: `2023-03-20`, `2023-02` or `2014`. */
  date: string
  precision: DatePrecision
  /** How the date was established, where the text gives a weekday, a relative day or no day at all. */
  dateNote?: string
  /** A warning about the reports themselves, e.g. a garbled sentence. */
  caution?: string
  /** Short and neutral, in our own words. */
  title: string
  /** Slugs of the topic sheets the event belongs on. */
  topics: string[]
  /** Every outlet that reports it, verbatim; the clearest first, CNN's machine translation after the others. */
  reports: Report[]
}

/** The dated events of the corpus, oldest first. */
export const timeline: TimelineEvent[] = [
  {
    id: 'crimea-annexed',
    date: '2014',
    precision: 'year',
    title: 'Moscow annexes the Crimean Peninsula',
    topics: ['ceasefire-withdrawal'],
    reports: [{ article: 'voa', paragraph: 'p2', text: 'the Crimean Peninsula that Moscow illegally annexed in 2014' }],
  },
  {
    id: 'russia-invades-ukraine',
    date: '2022-02',
    precision: 'month',
    dateNote: 'VOA (published 20 March 2023): Russian forces invaded “in February of last year”. No day given.',
    title: 'Russian forces invade Ukraine',
    topics: ['ceasefire-withdrawal'],
    reports: [
      { article: 'voa', paragraph: 'p2', text: 'the eastern Ukrainian regions Russian forces invaded in February of last year.' },
      { article: 'bloomberg', paragraph: 'p3', text: 'the year-old war' },
    ],
  },
  {
    id: 'china-peace-plan-released',
    date: '2023-02',
    precision: 'month',
    dateNote:
      'AP and CNN (both published 21 March 2023) say the plan was released “last month”; RFE/RL (20 March) says “just weeks” before Xi’s visit. No day given.',
    title: 'China releases its peace plan for Ukraine',
    topics: ['peace-plan', 'ceasefire-withdrawal', 'china-as-broker'],
    reports: [
      { article: 'ap', paragraph: 'p2', text: 'Chinese officials released its 12-point peace plan last month' },
      {
        article: 'rferl',
        paragraph: 'p9',
        text: 'Xi’s visit comes just weeks after China announced a proposal for a political settlement in Ukraine',
      },
      { article: 'cnn', paragraph: 'p9', text: 'Ambiguously worded position paper released last month' },
    ],
  },
  {
    id: 'icc-arrest-warrant',
    date: '2023-03',
    precision: 'month',
    dateNote: 'VOA: Xi’s trip (from 20 March) came “just days after” the ICC charged Putin; CNN: “days after”. No day given.',
    title: 'The International Criminal Court issues an arrest warrant for Putin',
    topics: ['icc-warrant'],
    reports: [
      {
        article: 'voa',
        paragraph: 'p13',
        text: 'The Chinese leader’s trip to Moscow came just days after the International Criminal Court in The Hague charged Putin with the illegal deportation of thousands of children from Ukraine to Russia.',
      },
      {
        article: 'rferl',
        paragraph: 'p3',
        text: 'an arrest warrant issued by the International Criminal Court (ICC) for alleged war crimes',
      },
      {
        article: 'cnn',
        paragraph: 'p16',
        text: 'He noted that this came days after the International Criminal Court in The Hague issued Arrest warrant To Putin.',
      },
    ],
  },
  {
    id: 'kirby-speaks-to-voa',
    date: '2023-03-17',
    precision: 'day',
    dateNote: 'VOA (published Monday 20 March): Kirby “told VOA on Friday”.',
    title: 'The White House’s John Kirby speaks to VOA about Xi’s trip',
    topics: ['talking-to-zelenskyy', 'china-as-broker', 'russia-china-partnership', 'ceasefire-withdrawal'],
    reports: [{ article: 'voa', paragraph: 'p25', text: 'Kirby told VOA on Friday' }],
  },
  {
    id: 'putin-peoples-daily-article',
    date: '2023-03-19',
    precision: 'day',
    dateNote: 'RFE/RL: “a March 19 article”; VOA: published “ahead of Xi’s visit”.',
    title: 'Putin’s article in China’s People’s Daily',
    topics: ['russia-china-partnership', 'hegemony-narrative', 'china-as-broker'],
    reports: [
      {
        article: 'rferl',
        paragraph: 'p17',
        text: 'In a March 19 article for The People’s Daily, the official newspaper of the Central Committee of the Chinese Communist Party, Putin tried to portray Russia and China as close allies united against U.S. hegemony and NATO expansion',
      },
      {
        article: 'voa',
        paragraph: 'p10',
        text: 'Ahead of Xi’s visit, in an article published in the Chinese People’s Daily newspaper, Putin described the visit as a “landmark event”',
      },
    ],
  },
  {
    id: 'putin-welcomes-china-role',
    date: '2023-03-19',
    precision: 'day',
    dateNote: 'VOA (published Monday 20 March): “Putin said Sunday”. VOA does not say where he said it.',
    title: 'Putin welcomes China’s willingness to help resolve the crisis',
    topics: ['peace-plan', 'china-as-broker'],
    reports: [
      {
        article: 'voa',
        paragraph: 'p24',
        text: '“We welcome China’s willingness to play a constructive role in resolving the crisis,” Putin said Sunday.',
      },
    ],
  },
  {
    id: 'xi-rossiiskaya-gazeta-article',
    date: '2023-03-20',
    precision: 'day',
    dateNote: 'RFE/RL: “published on March 20”; VOA: “On Monday”.',
    title: 'Xi’s article in Russia’s Rossiiskaya Gazeta',
    topics: ['peace-plan', 'china-as-broker'],
    reports: [
      {
        article: 'voa',
        paragraph: 'p21',
        text: 'On Monday, Xi wrote in the Rossiiskaya Gazeta, a state-run daily publication',
      },
      {
        article: 'rferl',
        paragraph: 'p15',
        text: 'In an article published on March 20 in the Russian publication Russian Gazette, Xi said that China has remained “impartial” and “actively promoted peace talks”',
      },
    ],
  },
  {
    id: 'xi-arrives-in-moscow',
    date: '2023-03-20',
    precision: 'day',
    title: 'Xi arrives in Moscow for a three-day visit',
    topics: ['russia-china-partnership', 'icc-warrant'],
    reports: [
      { article: 'rferl', paragraph: 'p3', text: 'Xi, who arrived earlier on March 20' },
      { article: 'rferl', paragraph: 'p1', text: 'after Xi arrived for his first visit to Russia in four years' },
      { article: 'voa', paragraph: 'p3', text: 'The Chinese leader’s three-day visit to Moscow' },
    ],
  },
  {
    id: 'peskov-previews-talks',
    date: '2023-03-20',
    precision: 'day',
    dateNote: 'VOA: Peskov spoke “earlier Monday”.',
    title: 'Kremlin spokesman Peskov previews the talks',
    topics: ['russia-china-partnership'],
    reports: [
      {
        article: 'voa',
        paragraph: 'p5',
        text: 'Kremlin spokesman Dmitry Peskov said earlier Monday that Putin would likely give Xi a “detailed explanation” of Moscow’s actions in Ukraine over dinner.',
      },
      {
        article: 'rferl',
        paragraph: 'p5',
        text: 'Broader talks between Russian and Chinese officials on a range of subjects are scheduled to take place on March 21, he added.',
      },
    ],
  },
  {
    id: 'first-day-of-talks',
    date: '2023-03-20',
    precision: 'day',
    dateNote: 'RFE/RL: “their meeting on March 20”; VOA and Bloomberg: Monday. The outlets give the length differently.',
    title: 'First day: Putin and Xi meet at the Kremlin for more than four hours',
    topics: ['russia-china-partnership', 'peace-plan'],
    reports: [
      {
        article: 'voa',
        paragraph: 'p1',
        text: 'Russian President Vladimir Putin greeted his Chinese counterpart Xi Jinping at the Kremlin Monday',
      },
      {
        article: 'rferl',
        paragraph: 'p2',
        text: 'Putin and Xi smiled and shook hands before making brief statements at the start of their meeting on March 20',
      },
      {
        article: 'voa',
        paragraph: 'p5',
        text: 'Russian news agencies later reported that the two leaders talked for nearly 4 1/2 hours before breaking for dinner.',
      },
      { article: 'rferl', paragraph: 'p5', text: 'The meeting ended after more than four hours, including a dinner' },
      { article: 'bloomberg', paragraph: 'p3', text: 'Xi discussed them in detail in one-on-one talks Monday, Putin said.' },
    ],
  },
  {
    id: 'blinken-speaks-to-reporters',
    date: '2023-03-20',
    precision: 'day',
    dateNote: 'VOA and CNN: Monday. RFE/RL (published 20 March) gives no day.',
    title: 'Blinken speaks to reporters at the State Department',
    topics: ['peace-plan', 'ceasefire-withdrawal', 'icc-warrant', 'china-as-broker', 'russia-china-partnership'],
    reports: [
      { article: 'voa', paragraph: 'p7', text: 'U.S. Secretary of State Antony Blinken told reporters in Washington Monday' },
      { article: 'rferl', paragraph: 'p13', text: 'Blinken told reporters at the U.S. State Department.' },
      { article: 'cnn', paragraph: 'p16', text: 'US Secretary of State Anthony Blinken on Monday Hit about Xi’s arrival' },
      {
        article: 'cnn',
        paragraph: 'p3',
        text: 'Meanwhile, the US warned on Monday that Xi’s visit provided “diplomatic cover” for Russia’s war.',
      },
    ],
  },
  {
    id: 'danilov-tweet',
    date: '2023-03-20',
    precision: 'day',
    dateNote: 'VOA: “said Monday on Twitter”; CNN: “on Twitter that day”, after naming Monday.',
    title: 'Ukraine’s security council secretary Danilov posts on Twitter',
    topics: ['peace-plan', 'ceasefire-withdrawal'],
    reports: [
      {
        article: 'voa',
        paragraph: 'p20',
        text: 'Oleksiy Danilov, the secretary of Ukraine’s National Security and Defense Council, said Monday on Twitter.',
      },
      {
        article: 'cnn',
        paragraph: 'p19',
        text: 'Oleksiy Danilov, the Ukrainian secretary of Ukraine’s National Defense and Security Council, said on Twitter that day',
      },
    ],
  },
  {
    id: 'kirby-monday-remarks',
    date: '2023-03-20',
    precision: 'day',
    dateNote: 'AP: Kirby “said on Monday”.',
    title: 'Kirby warns against a ceasefire that leaves Russian forces in Ukraine',
    topics: ['ceasefire-withdrawal', 'china-as-broker'],
    reports: [{ article: 'ap', paragraph: 'p7', text: 'National Security Council coordinator John Kirby said on Monday.' }],
  },
  {
    id: 'second-day-of-talks',
    date: '2023-03-21',
    precision: 'day',
    dateNote: 'Bloomberg and CNN: Tuesday; CNN: “the second day of Xi’s state visit”.',
    title: 'Second day of talks; Putin and Xi speak to the media',
    topics: ['russia-china-partnership', 'peace-plan', 'ceasefire-withdrawal', 'energy-trade'],
    reports: [
      {
        article: 'bloomberg',
        paragraph: 'p1',
        text: 'After two days of talks with Chinese President Xi Jinping, Russian President Vladimir Putin pledged even closer ties with Russia’s most powerful backer',
      },
      {
        article: 'bloomberg',
        paragraph: 'p2',
        text: 'Putin said Tuesday in his most detailed comments yet on the blueprint, speaking in the Kremlin alongside Xi.',
      },
      {
        article: 'cnn',
        paragraph: 'p6',
        text: 'Putin said in a joint statement to the media on the second day of Xi’s state visit to Moscow.',
      },
      {
        article: 'cnn',
        paragraph: 'p1',
        text: 'Xi Jinping and Vladimir Putin posed as peace brokers during a summit visit to Moscow on Tuesday',
      },
    ],
  },
  {
    id: 'xi-invites-putin',
    date: '2023-03-21',
    precision: 'day',
    dateNote: 'Bloomberg (published 21 March, after two days of talks) does not say on which day; date of the report.',
    title: 'Xi invites Putin to make a return visit to China',
    topics: ['russia-china-partnership'],
    reports: [
      {
        article: 'bloomberg',
        paragraph: 'p4',
        text: 'Xi invited Putin to make a return visit to China later this year, something Kremlin officials said was a possibility.',
      },
    ],
  },
  {
    id: 'xi-invites-mishustin',
    date: '2023-03-21',
    precision: 'day',
    dateNote: 'CNN, citing TASS: “during a meeting on Tuesday morning”.',
    title: 'Xi invites Russian Prime Minister Mishustin to visit China',
    topics: ['russia-china-partnership'],
    reports: [
      {
        article: 'cnn',
        paragraph: 'p21',
        text: 'Xi invited Russian Prime Minister Mikhail Mishustin to visit China during a meeting on Tuesday morning, TASS reported.',
      },
    ],
  },
  {
    id: 'second-day-dinner',
    date: '2023-03-21',
    precision: 'day',
    dateNote: 'CNN: “Tuesday’s dinner”.',
    title: 'Dinner on the second day, with a speech by Putin',
    topics: ['russia-china-partnership'],
    reports: [
      {
        article: 'cnn',
        paragraph: 'p14',
        text: 'The pair raised a toast at the start of Tuesday’s dinner, during which Putin declared in a speech that “Russia-China relations are at an all-time high.”',
      },
    ],
  },
  {
    id: 'stoltenberg-in-brussels',
    date: '2023-03-21',
    precision: 'day',
    dateNote: 'CNN: Stoltenberg spoke to reporters in Brussels “on Tuesday”.',
    title: 'NATO Secretary-General Stoltenberg speaks to reporters in Brussels',
    topics: ['lethal-aid'],
    reports: [
      {
        article: 'cnn',
        paragraph: 'p23',
        text: 'the alliance’s secretary-general, Jens Stoltenberg, told reporters in Brussels on Tuesday.',
      },
      {
        article: 'cnn',
        paragraph: 'p10',
        text: 'the head of NATO said on Tuesday that the alliance had seen “some signs” of Russia pressuring China to provide lethal aid.',
      },
    ],
  },
  {
    id: 'kishida-to-meet-zelensky',
    date: '2023-03-21',
    precision: 'day',
    dateNote: 'CNN, citing NHK: the meeting is “on Tuesday”.',
    caution:
      'Only CNN reports this, and its machine-translated sentence is garbled (“Xi’s visit to Moscow a Amazing trip to Ukraine”); it says, citing NHK, that Kishida will meet Zelensky on Tuesday.',
    title: 'Japan’s Prime Minister Kishida to meet Zelensky on a trip to Ukraine',
    topics: [],
    reports: [
      {
        article: 'cnn',
        paragraph: 'p20',
        text: 'Xi’s visit to Moscow a Amazing trip to Ukraine Japanese Prime Minister Fumio Kishida will meet with President Volodymyr Zelensky on Tuesday, Japanese public broadcaster NHK reported.',
      },
    ],
  },
]
