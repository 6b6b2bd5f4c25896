import { kirby, stoltenberg } from '../speakers'
import { chinaVoaP18 } from '../shared-statements'
import type { Topic } from '../types'

export const lethalAid: Topic = {
  slug: 'lethal-aid',
  title: 'Weapons and lethal aid to Russia',
  summary:
    'Whether China supplies, or might supply, weapons and other lethal aid to Russia for its war in Ukraine. NATO’s secretary-general said there was no evidence of Chinese supplies but signs of a Russian request, and warned China against providing such aid; the White House said it remains concerned. VOA reports that Beijing has not supplied weapons; these sources report no statement on the matter from China, Russia or Ukraine.',
  positions: {
    us: {
      stance: 'opposes',
      summary: 'The White House said it remains concerned that China might provide lethal weapons to Russia.',
      statements: [
        {
          kind: 'paraphrase',
          speaker: kirby,
          date: '2023-03-20',
          dateNote: 'RFE/RL (published Monday 20 March) does not date Kirby’s remarks to reporters; article date used.',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p8',
              text: 'The White House remains concerned that China might provide lethal weapons to Russia, Kirby said.',
            },
          ],
        },
      ],
    },
    ukraine: {
      stance: 'none',
      summary: 'These sources report no Ukrainian statement on weapons or lethal aid to Russia.',
      statements: [],
    },
    russia: {
      stance: 'none',
      summary:
        'These sources report no Russian statement on weapons or lethal aid from China; the claim of a Russian request comes from NATO’s secretary-general.',
      statements: [],
    },
    china: {
      stance: 'none',
      summary:
        'These sources report no Chinese statement on supplying weapons to Russia; VOA reports that Beijing has not supplied weapons to Moscow.',
      statements: [
        chinaVoaP18,
      ],
    },
    nato: {
      stance: 'opposes',
      summary:
        'Stoltenberg said NATO had seen no evidence of China supplying Russia with weapons but some indications of a Russian request under consideration in Beijing, and warned that China should not provide such aid.',
      statements: [
        {
          kind: 'quote',
          speaker: stoltenberg,
          date: '2023-03-21',
          reports: [
            {
              article: 'cnn',
              paragraph: 'p23',
              text: 'We have not seen any evidence of China supplying Russia with dangerous weapons, but we have seen some indications that this was a request from Russia, and it is an issue that is being considered by Chinese officials in Beijing',
            },
            {
              kind: 'paraphrase',
              article: 'cnn',
              paragraph: 'p10',
              text: 'the head of NATO said on Tuesday that the alliance had seen “some signs” of Russia pressuring China to provide lethal aid.',
            },
            {
              kind: 'paraphrase',
              article: 'cnn',
              paragraph: 'p22',
              text: 'NATO said it was aware that Russia may have sought lethal aid from China to bolster Moscow’s war on Ukraine.',
            },
          ],
        },
        {
          kind: 'quote',
          speaker: stoltenberg,
          date: '2023-03-21',
          dateNote: 'CNN gives no separate date; taken as part of the Tuesday remarks in Brussels it reports in the preceding paragraph.',
          reports: [
            {
              article: 'cnn',
              paragraph: 'p24',
              text: 'China should not provide dangerous aid to Russia. That would be supporting an illegal war',
            },
          ],
        },
      ],
    },
  },
  figures: [],
}
