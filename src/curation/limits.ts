/**
 * The longest data the one-page front of every brief is guaranteed to hold (page 1 of a topic or actor brief):
 * check:data refuses anything longer, and a test renders fictional data at these limits on every paper size.
 */
export const limits = {
  actorsPerStory: 6,
  topicsPerStory: 10,
  actorName: 40,
  speakerName: 50,
  speakerRole: 80,
  topicTitle: 80,
  topicSummary: 900,
} as const
