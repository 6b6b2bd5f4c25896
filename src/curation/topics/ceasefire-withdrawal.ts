import { blinken, kirby, putin } from '../speakers'
import { blinkenRferlP13, chinaCnnP9, danilovVoaP20, kirbyApP8, kirbyVoaP9, putinBloombergP2 } from '../shared-statements'
import type { Topic } from '../types'

export const ceasefireWithdrawal: Topic = {
  slug: 'ceasefire-withdrawal',
  title: 'Ceasefire, Russian withdrawal and Ukraine’s sovereignty',
  summary:
    'Whether the war should stop with a ceasefire, whether Russian forces must first leave Ukrainian territory, and respect for Ukraine’s sovereignty and territorial integrity. China’s plan calls for a ceasefire; the United States says a ceasefire that leaves Russian forces in Ukraine would ratify Russia’s gains, and Ukraine says withdrawal of Russian troops comes first. Russia says a settlement could follow when Kyiv and the West are ready, without addressing a ceasefire or withdrawal directly.',
  positions: {
    us: {
      stance: 'conditional',
      summary:
        'US officials rejected any ceasefire that does not include the removal of Russian forces from Ukraine, saying it would ratify Russia’s gains and let Russia regroup, and urged Xi to press Putin on respecting Ukraine’s sovereignty and territorial integrity.',
      statements: [
        {
          kind: 'quote',
          speaker: blinken,
          date: '2023-03-20',
          reports: [
            {
              article: 'voa',
              paragraph: 'p8',
              text: 'Calling for a cease-fire that does not include the removal of Russian forces from Ukrainian territory would effectively be supporting the ratification of Russian conquest',
            },
            {
              article: 'cnn',
              paragraph: 'p18',
              text: 'Any call for a cease-fire that does not include the withdrawal of Russian forces from Ukrainian territory would effectively support the assertion of a Russian victory',
            },
          ],
        },
        {
          kind: 'paraphrase',
          speaker: blinken,
          date: '2023-03-20',
          reports: [
            {
              article: 'voa',
              paragraph: 'p7',
              text: 'U.S. Secretary of State Antony Blinken told reporters in Washington Monday that any proposal for Ukraine that allows Russian forces to remain in the country would merely let Moscow regain its strength to continue its offensive.',
            },
            {
              kind: 'quote',
              article: 'cnn',
              paragraph: 'p18',
              text: 'allow President Putin to rest, redeploy his troops, and then resume the war one step at a time. Much to Russia’s advantage',
            },
          ],
        },
        blinkenRferlP13,
        {
          kind: 'quote',
          speaker: kirby,
          date: '2023-03-20',
          dateNote: 'AP reports the first part as said on Monday.',
          reports: [
            {
              article: 'ap',
              paragraph: 'p7',
              text: 'We are concerned that, instead, China will reiterate calls for a ceasefire that leaves Russian forces inside Ukraine sovereign territory',
            },
            {
              article: 'ap',
              paragraph: 'p7',
              text: 'And any ceasefire that does not address the removal of Russian forces from Ukraine would effectively ratify Russia’s illegal conquests, enabling Russia to entrench its positions and then to restart the war at a more advantageous time for them.',
            },
          ],
        },
        kirbyApP8,
        kirbyVoaP9,
        {
          kind: 'quote',
          speaker: kirby,
          date: '2023-03-17',
          dateNote: 'VOA reports it (“Kirby also said”) right after Kirby’s remarks to VOA on Friday; taken as the same occasion.',
          reports: [
            {
              article: 'voa',
              paragraph: 'p26',
              text: 'We’d be concerned if coming out of this meeting there was some sort of a call for a cease-fire, because right now, while a cease-fire sounds good, it actually ratifies Russia’s gains on the ground. It actually serves Russia’s purpose for a cease-fire to basically call a stop right now without any acknowledgement that Russia is illegally inside Ukraine.',
            },
          ],
        },
        {
          kind: 'characterisation',
          speaker: { name: 'United States', role: 'as characterised by the outlet' },
          date: '2023-03-20',
          dateNote: 'Date of the report.',
          reports: [
            {
              article: 'voa',
              paragraph: 'p19',
              text: 'The U.S. has strongly rejected Beijing’s call for a cease-fire, which it says would leave in place Moscow’s territorial gains in eastern Ukraine.',
            },
          ],
        },
        {
          kind: 'paraphrase',
          speaker: { name: 'US officials', role: 'as characterised by the outlet' },
          date: '2023-03-21',
          dateNote: 'Date of the report; the officials’ statements are not dated.',
          reports: [
            {
              article: 'ap',
              paragraph: 'p2',
              text: 'A ceasefire, U.S. officials have said, would also give Russia a chance to refit, resupply, and redeploy troops for a future offensive.',
            },
          ],
        },
      ],
    },
    ukraine: {
      stance: 'conditional',
      summary:
        'Ukraine’s security council secretary said the first point of any settlement must be the withdrawal of Russian troops from Ukraine, and outlets report that Ukraine opposes a ceasefire that would freeze current positions and demands that all Russian troops leave its territory.',
      statements: [
        danilovVoaP20,
        {
          kind: 'characterisation',
          speaker: { name: 'Ukraine', role: 'as characterised by the outlet' },
          date: '2023-03-20',
          dateNote: 'Date of the first report; the demand is not dated.',
          reports: [
            {
              article: 'voa',
              paragraph: 'p2',
              text: 'it does not meet key demands from Ukrainian President Volodymyr Zelenskyy — namely, that Russia withdraw from Ukraine to honor its internationally recognized borders, including the Crimean Peninsula that Moscow illegally annexed in 2014 and the eastern Ukrainian regions Russian forces invaded in February of last year.',
            },
            {
              article: 'cnn',
              paragraph: 'p15',
              text: 'nothing Beijing has offered so far has reflected Ukraine’s demand that all Russian troops leave its territory.',
            },
          ],
        },
        {
          kind: 'characterisation',
          speaker: { name: 'Ukraine', role: 'as characterised by the outlet' },
          date: '2023-03-21',
          dateNote: 'Date of the report.',
          reports: [
            {
              article: 'ap',
              paragraph: 'p2',
              text: 'a ceasefire that would freeze the current battlefield positions in place, effectively solidifying Russia‘s current gains on the battlefield permanently, hence Ukraine’s opposition to it.',
            },
          ],
        },
      ],
    },
    russia: {
      stance: 'ambiguous',
      summary:
        'Putin said Russia is open to negotiations and that China’s plan could be the basis for a settlement once Kyiv and the West are ready, adding that he sees no such readiness; these sources report no Russian statement on a ceasefire, on withdrawing its forces or on Ukraine’s sovereignty.',
      statements: [
        putinBloombergP2,
        {
          kind: 'quote',
          speaker: putin,
          date: '2023-03-20',
          reports: [{ article: 'rferl', paragraph: 'p11', text: 'We are always open to negotiations' }],
        },
      ],
    },
    china: {
      stance: 'supports',
      summary:
        'Outlets report that China’s plan calls for a ceasefire and peace talks and, in its first point, for respect for the sovereignty of all countries; CNN reports that it includes no provision for Russia to withdraw its forces.',
      statements: [
        {
          kind: 'characterisation',
          speaker: { name: 'China', role: 'as characterised by the outlet' },
          date: '2023-03-20',
          dateNote: 'Date of the first report; AP says the plan was released the month before.',
          reports: [
            {
              article: 'rferl',
              paragraph: 'p9',
              text: 'The Chinese plan called for a cease-fire and peace talks among other provisions.',
            },
            {
              article: 'ap',
              paragraph: 'p2',
              text: 'Chinese officials released its 12-point peace plan last month that called for, among other things, a ceasefire',
            },
          ],
        },
        chinaCnnP9,
        {
          kind: 'characterisation',
          speaker: { name: 'China', role: 'as characterised by the outlet' },
          date: '2023-03-21',
          dateNote: 'Date of the report.',
          reports: [
            {
              article: 'cnn',
              paragraph: 'p3',
              text: 'China’s plan — what Calls for a ceasefire and talks, but included no provision for Moscow to withdraw its forces from Ukrainian soil',
            },
          ],
        },
        {
          kind: 'characterisation',
          speaker: { name: 'China', role: 'as characterised by the outlet' },
          date: '2023-03-21',
          dateNote: 'Date of the report.',
          reports: [
            {
              article: 'ap',
              paragraph: 'p8',
              text: 'The first point in China’s calls for both sides to respect the sovereignty of all countries',
            },
          ],
        },
      ],
    },
    nato: {
      stance: 'none',
      summary: 'These sources report no NATO statement on a ceasefire, on the withdrawal of Russian forces or on Ukraine’s sovereignty.',
      statements: [],
    },
  },
  figures: [
    {
      label: 'Year Moscow annexed the Crimean Peninsula',
      value: '2014',
      reports: [{ article: 'voa', paragraph: 'p2', text: 'the Crimean Peninsula that Moscow illegally annexed in 2014' }],
    },
  ],
}
