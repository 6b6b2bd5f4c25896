import { kirby, putin } from '../speakers'
import type { Topic } from '../types'

const peoplesDailyNote =
  'Putin’s article in the People’s Daily, dated 19 March by RFE/RL; VOA says only that it was published ahead of Xi’s visit.'

export const hegemonyNarrative: Topic = {
  slug: 'hegemony-narrative',
  title: 'US “hegemony”, NATO and the causes of the war',
  summary:
    'The claim that the United States and NATO seek to hold back Russia and China and provoked the war in Ukraine. Putin wrote that the US policy of deterring Russia and China was growing more aggressive and cast NATO expansion as a threat to both countries, and China has accused NATO and the United States of provoking the invasion; Kirby called the “war of the west on Russia” line “malarkey”. These sources report no Ukrainian or NATO statement on the claim.',
  positions: {
    us: {
      stance: 'opposes',
      summary:
        'Kirby said Xi and his regime keep parroting Russian propaganda that this is a war of the West on Russia, called that “malarkey” and said Ukraine posed no threat to anybody; he also described Russia and China as countries that have long chafed at US leadership.',
      statements: [
        {
          kind: 'quote',
          speaker: kirby,
          date: '2023-03-21',
          dateNote: 'Bloomberg (published Tuesday 21 March) does not date Kirby’s remarks to reporters at the White House, made after Xi flew to Moscow on 20 March; article date used.',
          reports: [
            {
              article: 'bloomberg',
              paragraph: 'p7',
              text: 'And he and his regime keeps parroting the Russian propaganda that this is somehow a war of the west on Russia, that it’s some sort of existential threat to Mr. Putin',
            },
            {
              article: 'bloomberg',
              paragraph: 'p7',
              text: 'That’s just a bunch of malarkey. Ukraine posed no threat to anybody, let alone Russia.',
            },
          ],
        },
        {
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
        },
      ],
    },
    ukraine: {
      stance: 'none',
      summary: 'These sources report no Ukrainian statement on the US/NATO “hegemony” claims or the causes of the war.',
      statements: [],
    },
    russia: {
      stance: 'supports',
      summary:
        'Putin wrote that the US policy of deterring Russia and China was growing ever more aggressive, portrayed the two as allies against US hegemony and NATO expansion, called the war a crisis provoked and fuelled by NATO and warned that NATO threatened China too.',
      statements: [
        {
          kind: 'quote',
          speaker: putin,
          date: '2023-03-19',
          dateNote: peoplesDailyNote,
          reports: [
            {
              article: 'voa',
              paragraph: 'p12',
              text: 'The U.S. policy of simultaneously deterring Russia and China, as well as all those who do not bend to the American diktat, is getting ever fiercer and more aggressive',
            },
          ],
        },
        {
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
        },
        {
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
        },
        {
          kind: 'paraphrase',
          speaker: putin,
          date: '2023-03-19',
          dateNote: peoplesDailyNote,
          reports: [
            {
              article: 'rferl',
              paragraph: 'p18',
              text: 'Putin papered over his unprovoked invasion of Ukraine that has led to the deaths of tens of thousands of people, falsely referring to it toward the end of the article as a domestic “crisis” provoked and fueled by NATO.',
            },
          ],
        },
        {
          kind: 'paraphrase',
          speaker: putin,
          date: '2023-03-19',
          dateNote:
            'RFE/RL gives no occasion; it follows its account of the 19 March People’s Daily article, so the date is inferred.',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p20',
              text: 'In an attempt to connect their respective security concerns, Putin warned that NATO was a threat to China as well.',
            },
          ],
        },
        {
          kind: 'paraphrase',
          speaker: putin,
          date: '2023-03-20',
          dateNote: 'A summary of Putin’s justifications over time, not one occasion; date of the report.',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p20',
              text: 'Putin has tried to justify his war of aggression against Ukraine on various grounds, including claiming NATO expansion was a threat.',
            },
          ],
        },
        {
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
              text: 'The Chinese leader\'s three-day visit to Moscow gives both Xi and Putin a public show of partnership in opposing what both see as American domination of global affairs.',
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
              article: 'rferl',
              paragraph: 'p2',
              text: 'a three-day visit that the two countries say is an opportunity to deepen their “no-limits friendship” and rebuff what they say is Washington’s attempt to isolate them and hold back their development.',
            },
          ],
        },
      ],
    },
    china: {
      stance: 'supports',
      summary:
        'VOA reports that China has accused NATO and the United States of provoking Putin’s attack, and the outlets describe Beijing and Moscow as jointly opposing what they see as American domination and Washington’s attempts to isolate them.',
      statements: [
        {
          kind: 'characterisation',
          speaker: { name: 'China', role: 'as characterised by the outlet' },
          date: '2023-03-20',
          dateNote: 'Date of the report; the accusations are not dated.',
          reports: [
            {
              article: 'voa',
              paragraph: 'p18',
              text: 'At the same time, it has accused NATO and the United States of provoking Putin\'s attack on Ukraine.',
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
              text: 'The Chinese leader\'s three-day visit to Moscow gives both Xi and Putin a public show of partnership in opposing what both see as American domination of global affairs.',
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
              article: 'rferl',
              paragraph: 'p2',
              text: 'a three-day visit that the two countries say is an opportunity to deepen their “no-limits friendship” and rebuff what they say is Washington’s attempt to isolate them and hold back their development.',
            },
          ],
        },
      ],
    },
    nato: {
      stance: 'none',
      summary: 'These sources report no NATO statement on the “hegemony” claims or on NATO’s alleged role in causing the war.',
      statements: [],
    },
  },
  figures: [],
}
