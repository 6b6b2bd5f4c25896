import { readFileSync } from 'node:fs'
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { describe, expect, it } from 'vitest'

const path = '.github/workflows/ci-deploy.yml'
const content = readFileSync(path, 'utf8')

describe('GitHub Actions workflow', () => {
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter())

  it('conforms to the Actions workflow schema', () => {
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([])
  })

  it('tests every change, deploys main to staging and promotes to production by hand, each followed by the smoke test', async () => {
    const workflow = await convertWorkflowTemplate(parsed.context, parsed.value!)
    expect(workflow.errors ?? []).toEqual([])
    const jobs = Object.fromEntries(workflow.jobs.map((j) => [j.id.value, j]))
    expect(Object.keys(jobs)).toEqual(['test', 'staging', 'production'])
    const runs = (id: string) => (jobs[id] as { steps: { run?: { toString(): string } }[] }).steps.map((s) => s.run?.toString() ?? '')
    expect(runs('test')).toEqual(expect.arrayContaining(['npm ci', 'npm run typecheck', 'npm run build', 'npm test']))
    for (const id of ['staging', 'production']) expect(runs(id).some((r) => r.includes('npm run smoke --'))).toBe(true)
    expect(content).toMatch(/command: deploy --env staging/)
    expect(content).toMatch(/command: deploy --env production/)
    expect(content).toMatch(/workflow_dispatch/)
  })

  it('would catch a malformed workflow', () => {
    const broken = parseWorkflow({ name: path, content: content.replace('runs-on:', 'runs-onn:') }, new NoOperationTraceWriter())
    expect(broken.context.errors.getErrors().length).toBeGreaterThan(0)
  })

  it('keeps secrets out of the file', () => {
    expect(content).not.toMatch(/apiToken: (?!\$\{\{ secrets\.)/)
    expect(content).toContain('${{ secrets.CLOUDFLARE_API_TOKEN }}')
  })
})
