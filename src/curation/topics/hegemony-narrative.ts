import { kirby, putin } from '../speakers'
import { chinaVoaP3, kirbyRferlP7, putinRferlP17, putinVoaP11, putinVoaP23, russiaVoaP3, peoplesDailyNote } from '../shared-statements'
import type { Topic } from '../types'

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
        kirbyRferlP7,
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
        putinVoaP11,
        putinRferlP17,
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
        putinVoaP23,
        russiaVoaP3,
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
        chinaVoaP3,
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
