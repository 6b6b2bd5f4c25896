import { blinken, danilov, kirby, putin, wang, xi } from './speakers'
import type { Statement } from './types'

// Statements cited on more than one topic, defined once so their copies cannot drift apart.

export const peoplesDailyNote =
  'Putin’s article in the People’s Daily, dated 19 March by RFE/RL; VOA says only that it was published ahead of Xi’s visit.'

export const blinkenRferlP13: Statement = {
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
}

export const kirbyApP8: Statement = {
  kind: 'quote',
  speaker: kirby,
  date: '2023-03-20',
  dateNote: 'AP gives no separate date; taken as part of the Monday remarks it reports in the preceding paragraph.',
  reports: [
    {
      article: 'ap',
      paragraph: 'p8',
      text: 'We encouraged President Xi to advocate for this exact essential key point, which must include the withdrawal of Russian forces from sovereign Ukrainian territory consistent with the U.N. Charter.',
    },
  ],
}

export const kirbyVoaP9: Statement = {
  kind: 'quote',
  speaker: kirby,
  date: '2023-03-20',
  dateNote: 'Neither VOA nor RFE/RL (both published Monday 20 March) dates the remark; article date used.',
  reports: [
    {
      article: 'voa',
      paragraph: 'p9',
      text: 'to press President Putin directly on the need to respect Ukraine’s sovereignty and territorial integrity.',
    },
    {
      article: 'rferl',
      paragraph: 'p8',
      text: 'on the need to respect Ukraine’s sovereignty and territorial integrity',
    },
  ],
}

export const danilovVoaP20: Statement = {
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
}

export const putinBloombergP2: Statement = {
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
}

export const chinaCnnP9: Statement = {
  kind: 'characterisation',
  speaker: { name: 'China', role: 'as characterised by the outlet' },
  date: '2023-03-21',
  dateNote: 'Date of the report; CNN says “in recent weeks”.',
  reports: [
    {
      article: 'cnn',
      paragraph: 'p9',
      text: 'In recent weeks, China has repeatedly sought to portray itself as an eager broker of peace, reiterating calls for a ceasefire and peace talks.',
    },
  ],
}

export const kirbyRferlP8: Statement = {
  kind: 'paraphrase',
  speaker: kirby,
  date: '2023-03-20',
  dateNote: 'RFE/RL (published Monday 20 March) does not date Kirby’s remarks to reporters; article date used.',
  reports: [
    {
      article: 'rferl',
      paragraph: 'p8',
      text: 'said Xi should speak with Ukrainian President Volodomyr Zelenskiy about the impact of the war on Ukraine.',
    },
  ],
}

export const kirbyVoaP25: Statement = {
  kind: 'quote',
  speaker: kirby,
  date: '2023-03-17',
  dateNote: 'VOA (published Monday 20 March) says Kirby told VOA on Friday.',
  reports: [
    {
      article: 'voa',
      paragraph: 'p25',
      text: 'What we are concerned about is that President Xi hasn\'t talked to President Zelenskyy, and we believe it\'s important that he do that as well — that he doesn\'t just get the Russian perspective here on this war, but that he gets President Zelenskyy\'s perspective.',
    },
  ],
}

export const blinkenRferlP14: Statement = {
  kind: 'paraphrase',
  speaker: blinken,
  date: '2023-03-20',
  dateNote: 'RFE/RL (published 20 March) reports it from Blinken’s remarks to reporters at the State Department; CNN dates them to Monday.',
  reports: [
    {
      article: 'rferl',
      paragraph: 'p14',
      text: 'Blinken also denounced Xi’s visit, saying the timing showed Beijing was providing Moscow with “diplomatic cover” to commit further crimes.',
    },
    {
      article: 'cnn',
      paragraph: 'p3',
      text: 'Meanwhile, the US warned on Monday that Xi’s visit provided “diplomatic cover” for Russia’s war.',
    },
  ],
}

export const usOfficialsApP6: Statement = {
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
}

export const putinVoaP23: Statement = {
  kind: 'quote',
  speaker: putin,
  date: '2023-03-19',
  dateNote: peoplesDailyNote,
  reports: [
    {
      article: 'voa',
      paragraph: 'p23',
      text: 'We are grateful for the balanced line [of China] in connection with the events taking place in Ukraine, for understanding their background and true causes.',
    },
    {
      kind: 'paraphrase',
      article: 'rferl',
      paragraph: 'p19',
      text: 'In his article, Putin thanked Xi for his “balanced” position on the war and said he was open to China playing a role in bringing it to an end.',
    },
  ],
}

export const wangVoaP14: Statement = {
  kind: 'quote',
  speaker: wang,
  date: '2023-03-20',
  dateNote: 'VOA gives no day; spoken in Beijing before the talks. Date of the report.',
  reports: [{ article: 'voa', paragraph: 'p14', text: 'journey of friendship, cooperation and peace.' }],
}

export const chinaVoaP18: Statement = {
  kind: 'characterisation',
  speaker: { name: 'China', role: 'as characterised by the outlet' },
  date: '2023-03-20',
  dateNote: 'Date of the report.',
  reports: [
    {
      article: 'voa',
      paragraph: 'p18',
      text: 'While trying to broker an end to the war in Ukraine, Beijing has not supplied weapons to Moscow, nor has it condemned the invasion.',
    },
  ],
}

export const putinCnnP11: Statement = {
  kind: 'paraphrase',
  speaker: putin,
  date: '2023-03-21',
  reports: [
    {
      article: 'cnn',
      paragraph: 'p11',
      text: 'the two leaders emphasized their shared strategic visions and signaled a desire to boost ties on a number of issues, including energy.',
    },
  ],
}

export const xiCnnP11: Statement = {
  kind: 'paraphrase',
  speaker: xi,
  date: '2023-03-21',
  reports: [
    {
      article: 'cnn',
      paragraph: 'p11',
      text: 'the two leaders emphasized their shared strategic visions and signaled a desire to boost ties on a number of issues, including energy.',
    },
  ],
}

export const kirbyRferlP7: Statement = {
  kind: 'quote',
  speaker: kirby,
  date: '2023-03-20',
  dateNote: 'RFE/RL gives no day for the briefing at which Kirby also spoke of “a bit of a marriage of convenience”; date of the report (Monday 20 March).',
  reports: [
    {
      article: 'rferl',
      paragraph: 'p7',
      text: 'These are two countries that have long chafed at U.S. leadership around the world',
    },
  ],
}

export const putinVoaP11: Statement = {
  kind: 'paraphrase',
  speaker: putin,
  date: '2023-03-19',
  dateNote: peoplesDailyNote,
  reports: [
    {
      article: 'voa',
      paragraph: 'p11',
      text: 'The Russian leader specifically said the meeting sent a message to Washington that the two countries aren\'t prepared to accept attempts to weaken them.',
    },
  ],
}

export const putinRferlP17: Statement = {
  kind: 'paraphrase',
  speaker: putin,
  date: '2023-03-19',
  dateNote: peoplesDailyNote,
  reports: [
    {
      article: 'rferl',
      paragraph: 'p17',
      text: 'Putin tried to portray Russia and China as close allies united against U.S. hegemony and NATO expansion, including into the Asia-Pacific region.',
    },
  ],
}

export const russiaVoaP3: Statement = {
  kind: 'characterisation',
  speaker: { name: 'Russia', role: 'as characterised by the outlet' },
  date: '2023-03-20',
  dateNote: 'Date of the report.',
  reports: [
    {
      article: 'voa',
      paragraph: 'p3',
      text: 'The Chinese leader\'s three-day visit to Moscow gives both Xi and Putin a public show of partnership in opposing what both see as American domination of global affairs.',
    },
  ],
}

export const chinaVoaP3: Statement = {
  kind: 'characterisation',
  speaker: { name: 'China', role: 'as characterised by the outlet' },
  date: '2023-03-20',
  dateNote: 'Date of the report.',
  reports: [
    {
      article: 'voa',
      paragraph: 'p3',
      text: 'The Chinese leader\'s three-day visit to Moscow gives both Xi and Putin a public show of partnership in opposing what both see as American domination of global affairs.',
    },
  ],
}
