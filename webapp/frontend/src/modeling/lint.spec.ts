import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { BpmnModdle } from 'bpmn-moddle'
import Linter from 'bpmnlint/lib/linter.js'
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json'
import defaults from 'bpmnlint-plugin-egov/platform-defaults.json'

import { http } from '@/api/http'
import { lintingFor, loadLinting } from './lint'

// Vitest runs in webapp/frontend; the processes are the repository's own.
const processes = resolve(process.cwd(), '../../processes')

async function lint(xml: string, linting = lintingFor(defaults)) {
  const moddle = new BpmnModdle({ camunda: camundaModdle })
  const { rootElement } = await moddle.fromXML(xml, 'bpmn:Definitions')
  const results: Record<string, { id: string; message: string }[]> = await new Linter({
    resolver: linting.resolver,
  }).lint(rootElement, linting.config)
  return Object.entries(results).flatMap(([rule, reports]) => reports.map((report) => `${rule} ${report.id}: ${report.message}`))
}

const standard = readFileSync(resolve(processes, 'licensing-standard.bpmn'), 'utf8')

describe('the modeler linting (bpmnlint with the platform rules)', () => {
  it('finds nothing wrong with the licensing process', async () => {
    expect(await lint(standard)).toEqual([])
  })

  it('shows the missing statutory timer on the handling sub-process', async () => {
    const broken = standard.replaceAll('"StatutoryLimitReached"', '"StatutoryTimerGone"')
    const problems = await lint(broken)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^egov\/item-legal-timers Handling: Item process lacks the statutory limit timer/)
  })

  it('checks candidate groups against the departments and roles the server sends', async () => {
    const withBoss = standard.replace('${departmentCode}:leader', '${departmentCode}:boss')
    expect(await lint(withBoss)).toEqual([expect.stringMatching(/^egov\/candidate-groups ApproveExtension: .*unknown role boss/)])
    const narrow = lintingFor({ ...defaults, roles: ['clerk', 'handler'] })
    expect((await lint(standard, narrow)).join('\n')).toMatch(/unknown role leader/)
  })

  it('loads the live settings from the server', async () => {
    const get = vi.spyOn(http, 'get').mockResolvedValue({ data: { ...defaults, departments: ['SFX-NEW'] } })
    const linting = await loadLinting()
    expect(get).toHaveBeenCalledWith('/api/modeling/lint-config')
    expect(linting.config.rules['egov/candidate-groups']).toEqual(['error', { departments: ['SFX-NEW'], roles: defaults.roles }])
    get.mockRestore()
  })
})
