import { emitKeypressEvents } from 'node:readline'
import { createInterface } from 'node:readline/promises'
import { join } from 'node:path'
import { addArticle } from './add'
import { formatTable } from './format-table'
import { ArticleLoadError, loadArticle } from './load-article'
import { newSpeakersOf, propose } from './propose'
import { loadRegister, RegisterError } from './register'
import { reviewStep, startReview } from './review'
import { applyAction, openProposals, reviewContext } from './review-store'
import { CurateError, registerOf, repoRoot, storyPaths } from './story'

const COMMON = `  --story <id>     the story (default xi-putin-moscow-2023)
  --stories <dir>  --seeds <dir>   another stories/seeds folder (default stories/ and seeds/)`
const HELP: Record<string, string> = {
  main: `Usage: npm run curate -- <command> [options]
  add <file>                 copy a page-text file into the story's seeds, propose its metadata, show its furniture
  propose <article | file>   propose the statements (quotes, fragments, reported speech) of an article
  review <article>           accept, edit, reject or skip each open proposal, one keystroke each
Each command takes --help.`,
  add: `Usage: npm run curate -- add <file> [--story <id>] [--id <article-id>]
Copies the page text verbatim to seeds/<story>/, parses it with the generic furniture rules, writes
stories/<story>/articles/<id>.yaml marked for review (with pins), lists it in story.yaml, and prints every
paragraph kept and every line dropped with its reason.
${COMMON}`,
  propose: `Usage: npm run curate -- propose <article-id | file> [--json] [--story <id>] [--register FILE]
  <article-id>  an article of the story (or an earlier id of it), parsed as check:data parses it
  <file>        a UTF-8 page-text file, parsed with the generic furniture rules
  --json        print only { article, paragraphs, proposals } as JSON (a proposal's actor is null for a speaker the register lacks)
  --register    a register of speakers and organisations (default: the story's)
${COMMON}`,
  review: `Usage: npm run curate -- review <article-id> [--story <id>]
Shows each open proposal beside its paragraph. Keys: a accept (then topic, statement id, speaker),
e edit the words, r reject (remembered in stories/<story>/review/<article>.yaml), s skip, q quit.
An accepted statement is written to the topic file and compiled; on a problem the files are rolled back.
${COMMON}`,
}

const parseArgs = (argv: string[]) => {
  const valued = new Set(['--story', '--stories', '--seeds', '--register', '--id'])
  const options: Record<string, string | true> = {}
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (valued.has(a)) options[a] = argv[++i] ?? ''
    else if (a.startsWith('-')) options[a] = true
    else positional.push(a)
  }
  return { options, positional }
}

const fail = (message: string, code = 1) => {
  console.error(message)
  return code
}

/** The terminal loop: raw keystrokes where the step wants one, a line where it asks for a name or id. */
const reviewTty = async (story: ReturnType<typeof storyPaths>, articleId: string): Promise<number> => {
  const ctx = reviewContext(story, articleId, process.stdout.isTTY)
  let result = startReview(ctx, openProposals(story, ctx))
  console.log(result.output.join('\n'))
  const readKey = () =>
    new Promise<string>((resolve) => {
      emitKeypressEvents(process.stdin)
      if (process.stdin.isTTY) process.stdin.setRawMode(true)
      process.stdin.resume()
      process.stdin.once('keypress', (str: string | undefined, key: { ctrl?: boolean; name?: string }) => {
        if (process.stdin.isTTY) process.stdin.setRawMode(false)
        process.stdin.pause()
        resolve(key.ctrl && key.name === 'c' ? 'q' : key.name === 'return' ? '\r' : (str ?? ''))
      })
    })
  const readLine = async () => {
    const rl = createInterface({ input: process.stdin, output: process.stdout })
    const line = await rl.question('> ')
    rl.close()
    return line
  }
  // Piped input (a script, a test): one key or one answer per line.
  const scripted = process.stdin.isTTY ? undefined : (await new Response(process.stdin as unknown as ReadableStream).text()).split('\n')
  while (!result.state.done) {
    if (scripted && scripted.length === 0) break
    const input = scripted ? scripted.shift()! : result.wantsLine ? await readLine() : await readKey()
    if (scripted) console.log(`> ${input || '⏎'}`)
    result = reviewStep(ctx, result.state, input)
    const [first = '', ...others] = result.output
    console.log([first, ...(result.action ? applyAction(story, result.action).messages : []), ...others].join('\n'))
  }
  return 0
}

const main = async (argv: string[]): Promise<number> => {
  const [command, ...rest] = argv
  const { options, positional } = parseArgs(rest)
  if (!command || command === '--help' || command === '-h') return (console.log(HELP.main), command ? 0 : 2)
  if (!HELP[command] || command === 'main') return fail(`Unknown command "${command}".\n${HELP.main}`, 2)
  if (options['--help'] || options['-h']) return (console.log(HELP[command]), 0)
  const stories = typeof options['--stories'] === 'string' ? options['--stories'] : join(repoRoot, 'stories')
  const seeds = typeof options['--seeds'] === 'string' ? options['--seeds'] : join(repoRoot, 'seeds')
  const storyId = typeof options['--story'] === 'string' ? options['--story'] : 'xi-putin-moscow-2023'
  const target = positional[0]
  if (!target || positional.length > 1) return fail(`${target ? 'One article at a time.' : 'Missing article.'}\n${HELP[command]}`, 2)
  try {
    const story = storyPaths(storyId, stories, seeds)
    if (command === 'add') {
      console.log(addArticle(target, story, typeof options['--id'] === 'string' ? { id: options['--id'] } : {}).report)
      return 0
    }
    if (command === 'propose') {
      const article = loadArticle(target, story)
      const register = typeof options['--register'] === 'string' ? loadRegister(options['--register']) : registerOf(story)
      const proposals = propose(article, register)
      if (options['--json']) console.log(JSON.stringify({ article: article.id, paragraphs: article.paragraphs.length, proposals }, null, 2))
      else console.log(formatTable(article.id, article.paragraphs.length, proposals, newSpeakersOf(proposals, register)))
      return 0
    }
    return await reviewTty(story, target)
  } catch (error) {
    if (error instanceof ArticleLoadError || error instanceof RegisterError || error instanceof CurateError) return fail(error.message)
    throw error
  }
}

process.exitCode = await main(process.argv.slice(2))
