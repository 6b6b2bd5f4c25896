// Closed word lists of English news prose. They describe the language, not any article.

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean))

/** Nouns that head a role or a description of a person ("spokesman", "secretary-general"). */
export const ROLE_NOUNS = words(`
  president vice-president premier chancellor minister secretary secretary-general undersecretary spokesman
  spokesperson spokeswoman coordinator leader counterpart ambassador envoy adviser advisor director chairman
  chairwoman chair chief head official scholar analyst expert professor fellow researcher senator governor mayor
  general commander diplomat king queen prince representative correspondent reporter editor economist strategist
  aide deputy lawmaker ceo founder executive negotiator prosecutor judge justice attorney lawyer officer admiral
  colonel captain sergeant emperor monarch chancellor mp congressman congresswoman speaker commissioner
  administrator manager superintendent sheriff pastor bishop cardinal pope rabbi imam activist campaigner
  researcher historian author writer journalist columnist anchor host resident witness member partner
`)

/** Heads of descriptions that stand for an organisation rather than a person. */
export const ORGANISATION_NOUNS = words(`
  ministry department government kremlin embassy office agency council committee commission alliance bloc
  administration cabinet parliament congress senate assembly court party union organisation organization nations
  bank fund endowment institute institution university center centre foundation service forces army navy military
  mission news times post daily gazette gazeta journal herald tribune telegraph guardian press network
  corporation company group association federation republic kingdom states palace house white-house secretariat
  command headquarters authority authorities regime country countries delegation statement readout spokesperson's
`)

/** Capitalised words that are never part of a person's name. */
export const NON_NAME_WORDS = words(`
  the a an in on at of for to from by with and but or nor if as after before while when where meanwhile however
  ahead along according this that these those it he she they we i you his her their our its my your there here
  then thus also still yet so since though although because during despite until unless even just only
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  mr mrs ms dr sir dame lord lady st gen sen rep gov lt col capt sgt prof rev adm
  president vice premier chancellor prime minister secretary state foreign affairs defense defence security
  national international interior justice finance trade economy chief deputy general special senior former acting
  spokesman spokesperson spokeswoman coordinator ambassador envoy leader commander director chairman king queen
  prince pope emperor admiral colonel captain sergeant senator governor mayor representative speaker
  russian chinese american ukrainian japanese western eastern european british french german indian iranian
  israeli palestinian turkish polish korean north south east west new central united royal federal
  white house kremlin nato un eu us uk
  peninsula sea ocean river island islands mount mountains lake bay gulf strait region province city county
  street square avenue airport station valley desert coast
`)

/** Verbs (and phrases) that report speech or writing. */
export const SPEECH_VERBS = words(`
  said says say told tells added adds wrote writes warned warns noted notes stated states declared declares asked
  asks replied replies explained explains insisted insists argued argues stressed stresses urged urges announced
  announces claimed claims continued continues remarked tweeted posted responded acknowledged conceded cautioned
  recalled observed joked suggested concluded complained admitted agreed countered predicted promised vowed
  affirmed emphasized emphasised reiterated repeated underlined maintained contended answered quipped
  reported reports boasted boasts
  saying telling adding writing warning noting declaring asking explaining insisting arguing stressing urging
`)

/** Verbs that frame a quoted phrase inside a sentence ("described the visit as a “landmark event”"). */
export const FRAMING_VERBS = words(`
  called calls described describes hailed hails praised praises thanked thanks accused accuses denounced denounces
  welcomed welcomes touted touts voiced voices referred refers spoke speaks backed pledged dismissed dismisses
  rejected rejects labelled labeled branded termed criticized criticised condemned condemns blamed blames
  characterized characterised likened compared expressed defended mentioned referenced
  calling describing hailing praising accusing denouncing welcoming touting referring speaking
`)

/** Adverbs that may sit between a speaker and the verb ("Kirby also said"). */
export const SPEAKER_ADVERBS = words(`
  also later then again earlier previously specifically once further separately quickly recently however
  repeatedly openly publicly privately bluntly flatly firmly simply herself himself themselves itself
  has have had had-also would will did does was is
`)

/** Plural heads that name an unnamed group of speakers ("U.S. officials", "experts"). */
export const GROUP_NOUNS = words(`
  officials experts analysts sources diplomats observers critics leaders countries governments people residents
  witnesses lawmakers officers authorities scholars economists investors activists aides allies partners members
`)

export const PRONOUNS = { person: words('he she'), group: words('they we'), thing: words('it') }
